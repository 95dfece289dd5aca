import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import type { StaticServer } from '../../src/cli/static-server';
import { assertBuilt, checkAndWait, typeCode, serveSite } from '../support/site';
import { axeViolations } from '../support/axe';

const LESSON = '/iterables/iterator-protocol/';
const ID = 'count-up-to-class';
const KEY = `generators-course:v1:exercise:${ID}`;
const solution = readFileSync('solutions/01-iterables/01-count-up-to-class/count-up-to.ts', 'utf8');
const SCREENSHOTS = 'test-results/screenshots';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  assertBuilt();
  server = await serveSite();
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function freshPage(): Promise<Page> {
  await context?.close();
  context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + LESSON);
  return page;
}

const card = (page: Page) => page.locator(`section.exercise[data-exercise="${ID}"]`);
const editorText = (page: Page) =>
  card(page)
    .locator('.cm-content, textarea')
    .first()
    .evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

describe('the learner’s code is never lost', () => {
  it('survives a reload', async () => {
    const page = await freshPage();
    await typeCode(page, ID, '// my work in progress\nexport class CountUpTo {}\n');
    await expect.poll(async () => (await stored(page))?.code).toContain('my work in progress');
    await page.reload();
    expect(await editorText(page)).toContain('my work in progress');
  });

  it('stays in sync between two tabs', async () => {
    const page = await freshPage();
    const other = await context.newPage();
    await other.goto(server.url + LESSON);
    await typeCode(page, ID, '// typed in the first tab\n');
    await expect.poll(() => editorText(other), { timeout: 5000 }).toContain('typed in the first tab');
  });

  it('keeps the learner’s code when a course update changes the stub, with a notice', async () => {
    const page = await freshPage();
    await page.evaluate(
      (key) =>
        localStorage.setItem(
          key,
          JSON.stringify({ code: '// from before the update\n', stubFingerprint: '00000000', state: 'attempted', checks: 1, hintsShown: 0 }),
        ),
      KEY,
    );
    await page.reload();
    expect(await editorText(page)).toContain('from before the update');
    const notice = card(page).locator('[data-notice="updated"]');
    await expect(notice.innerText()).resolves.toContain('starting code changed. Your code is kept');
    await notice.getByRole('button', { name: 'View new starting code' }).click();
    await expect(card(page).locator('[data-notice="new-stub"]').innerText()).resolves.toContain('export class CountUpTo');
    expect(await editorText(page)).toContain('from before the update');
  });

  it('survives a corrupt storage entry with a notice and the starting code', async () => {
    const page = await freshPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.evaluate((key) => localStorage.setItem(key, '{"state": "won", "code": 42'), KEY);
    await page.reload();
    await expect(card(page).locator('[data-notice="corrupt"]').innerText()).resolves.toContain('unreadable and has been ignored');
    expect(await editorText(page)).toContain('// TODO');
    expect(errors).toEqual([]);
  });
});

describe('hints, the solution and reset', () => {
  it('unlocks hints one at a time, in order, and remembers them', async () => {
    const page = await freshPage();
    const hints = card(page).locator('.hints[data-language="typescript"] li');
    const visible = () => hints.evaluateAll((items) => items.map((li) => !(li as HTMLElement).hidden));
    expect(await visible()).toEqual([false, false, false]);
    await card(page).getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
    expect(await visible()).toEqual([true, false, false]);
    await card(page).getByRole('button', { name: 'Show a hint (2 of 3)' }).click();
    expect(await visible()).toEqual([true, true, false]);
    await page.reload();
    expect(await visible()).toEqual([true, true, false]);
  });

  it('offers the solution only after a check, beside the learner’s code, without overwriting it', async () => {
    const page = await freshPage();
    await typeCode(page, ID, '// my attempt\nexport class CountUpTo { constructor(max: number) {} }\n');
    // aria-disabled, not disabled: a click explains why it cannot compare yet.
    await card(page).getByRole('button', { name: 'Compare with the solution' }).click({ force: true });
    await expect(card(page).locator('[data-notice="compare"]').innerText()).resolves.toContain('at least once');
    await checkAndWait(page, ID);
    await card(page).getByRole('button', { name: 'Compare with the solution' }).click();
    const comparison = card(page).locator('.comparison');
    await comparison.locator('.cm-mergeView').waitFor();
    await expect(comparison.innerText()).resolves.toContain('current < max');
    expect(await editorText(page)).toContain('// my attempt');
  });

  it('resets to the starting code after confirmation, and can undo it', async () => {
    const page = await freshPage();
    await typeCode(page, ID, '// precious\n');
    page.once('dialog', (dialog) => void dialog.accept());
    await card(page).getByRole('button', { name: 'Reset to starting code' }).click();
    expect(await editorText(page)).toContain('// TODO');
    await card(page).locator('[data-notice="reset"]').getByRole('button', { name: 'Undo' }).click();
    expect(await editorText(page)).toContain('// precious');
    page.once('dialog', (dialog) => void dialog.dismiss());
    await card(page).getByRole('button', { name: 'Reset to starting code' }).click();
    expect(await editorText(page)).toContain('// precious');
  });
});

describe('progress', () => {
  it('marks a solve, offers the next exercise, and shows it on the course map and sidebar', async () => {
    const page = await freshPage();
    await typeCode(page, ID, solution);
    expect((await checkAndWait(page, ID)).verdict).toBe('solved');
    await expect(card(page).locator('.state-badge').innerText()).resolves.toBe('Solved');
    // The lesson is done when all its exercises are solved; one of several makes it started.
    const link = page.locator(`.sidebar a[href="${LESSON}"]`);
    const exercisesInLesson = ((await link.getAttribute('data-exercises')) ?? '').split(',');
    await expect(link.getAttribute('data-state')).resolves.toBe(exercisesInLesson.length === 1 ? 'done' : 'started');
    await page.goto(`${server.url}/map/`);
    await expect(page.locator(`[data-exercise="${ID}"] .state-badge`).innerText()).resolves.toBe('Solved');
    await expect(page.locator('[data-solved-count]').innerText()).resolves.toBe('1');
    await page.goto(`${server.url}/`);
    await expect(page.locator('[data-continue] a').getAttribute('href')).resolves.toBe(LESSON);
  });

  it('exports, then after clearing storage imports everything back; a bad file is refused with a reason', async () => {
    const page = await freshPage();
    await typeCode(page, ID, '// exported code\n');
    await checkAndWait(page, ID);
    await page.goto(`${server.url}/map/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const file = join(tmpdir(), `progress-${Date.now()}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({
      format: 'generators-course/progress',
      version: 1,
      source: 'browser',
      exercises: { [ID]: { code: '// exported code\n', state: 'attempted', checks: 1 } },
    });

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator(`[data-exercise="${ID}"] .state-badge`).innerText()).resolves.toBe('Not started');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-import]').setInputFiles(file);
    await expect.poll(() => page.locator('.transfer-status').innerText()).toContain('Imported 1 exercise and');
    await expect(page.locator(`[data-exercise="${ID}"] .state-badge`).innerText()).resolves.toBe('Attempted');
    await page.goto(server.url + LESSON);
    expect(await editorText(page)).toContain('// exported code');

    const bad = join(tmpdir(), `bad-${Date.now()}.json`);
    writeFileSync(bad, JSON.stringify({ ...exported, exercises: { [ID]: { state: 'won', checks: 1, hintsShown: 0 } } }));
    await page.goto(`${server.url}/map/`);
    await page.locator('[data-import]').setInputFiles(bad);
    await expect.poll(() => page.locator('.transfer-status').innerText()).toContain(`exercises.${ID}.state: Invalid enum value`);
  });
});

describe('reading and finding', () => {
  it('finds a lesson by a word in its body', async () => {
    const page = await freshPage();
    await page.goto(`${server.url}/search/?q=pulls`);
    await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(page.locator('[data-search-results] a').first().getAttribute('href')).resolves.toMatch(/^\/iterables\//);
  });

  it('can be solved with the keyboard alone', async () => {
    const page = await freshPage();
    // Focus reaching the textarea loads the editor, which takes the textarea's place: ask the page, not the textarea.
    const focusInEditor = () => page.evaluate((id) => !!document.activeElement?.closest(`section.exercise[data-exercise="${id}"] .editor-host`), ID);
    for (let i = 0; i < 80 && !(await focusInEditor()); i++) await page.keyboard.press('Tab');
    await card(page).locator('.cm-content').waitFor();
    await expect(
      card(page)
        .locator('.cm-content')
        .evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(solution);
    await page.keyboard.press('Control+Enter');
    await card(page).locator('.results .headline').waitFor({ timeout: 20_000 });
    await expect(card(page).locator('.results').getAttribute('data-verdict')).resolves.toBe('solved');
    // Tab leaves the editor (Escape first closes a completion list, if one is open): keyboard users are not trapped.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.not.toContain('cm-content');
  });

  for (const path of ['/', LESSON, '/map/']) {
    it(`has no axe violations on ${path}, in the light and the dark theme`, async () => {
      const page = await freshPage();
      await page.goto(server.url + path);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('renders the lesson page for review: light, dark and phone width', async () => {
    const page = await freshPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${SCREENSHOTS}/lesson-light.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SCREENSHOTS}/lesson-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SCREENSHOTS}/lesson-phone.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
