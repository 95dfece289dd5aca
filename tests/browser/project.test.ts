import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';
import { assertBuilt, checkAndWait, DIST } from '../support/site';
import { axeViolations } from '../support/axe';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built page that holds project `id`'s card. */
function projectPage(id: string): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name === 'index.html' ? [path] : [];
    });
  const page = walk(DIST).find(
    (file) => /data-exercise="[^"]+"[^>]*data-files=/.test(readFileSync(file, 'utf8')) && readFileSync(file, 'utf8').includes(`data-exercise="${id}"`),
  );
  if (!page) throw new Error(`No built page holds project "${id}"`);
  return `/${relative(DIST, page).replace(/index\.html$/, '')}`;
}

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ID = 'log-analyser';
const KEY = `generators-course:v1:exercise:${ID}`;
const DIR = 'solutions/06-pipelines-in-practice/06-log-analyser';
const solution = (name: string, wrong?: string) => readFileSync(join(DIR, wrong ? `wrong/${wrong}` : '', name), 'utf8');

async function projectOnPage(id = ID) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url + projectPage(id));
  const card = page.locator(`section.exercise[data-exercise="${id}"]`);
  await expect.poll(() => card.count()).toBe(1);
  return { context, page, card, errors };
}
const tab = (card: Locator, name: string) => card.getByRole('tab', { name });
const shown = (card: Locator) =>
  card
    .locator('.cm-content, textarea')
    .first()
    .evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
/** Stores a project's files as the learner's code, as the card saves them, and reloads. */
async function storeFiles(page: Page, files: { entry: string; others: Record<string, string> }, key = KEY) {
  await page.evaluate(
    ({ key, files }) => localStorage.setItem(key, JSON.stringify({ code: files.entry, files: files.others, state: 'unsolved', checks: 0, hintsShown: 0 })),
    { key, files },
  );
  await page.reload();
}

describe('a project on its lesson page', () => {
  it('has file tabs above the one editor (arrow keys move between them), its milestones, and the npm test hint', async () => {
    const { context, page, card, errors } = await projectOnPage();
    expect(await card.getByRole('tab').allTextContents()).toEqual(['analyser.ts', 'parse.ts', 'batch.ts']);
    expect(await card.locator('.project-milestones li').count()).toBe(4);
    expect(await card.textContent()).toContain('npm test -- log-analyser --milestone 1');
    expect(await card.locator('button.check').count()).toBe(1);
    expect(await tab(card, 'analyser.ts').getAttribute('aria-selected')).toBe('true');
    expect(await shown(card)).toContain(readFileSync(`exercises/06-pipelines-in-practice/06-log-analyser/analyser.ts`, 'utf8').split('\n')[0]);
    await tab(card, 'analyser.ts').focus();
    await page.keyboard.press('ArrowRight');
    expect(await tab(card, 'parse.ts').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('parse.ts');
    expect(await tab(card, 'analyser.ts').getAttribute('tabindex')).toBe('-1');
    expect(await shown(card)).toContain(readFileSync(`exercises/06-pipelines-in-practice/06-log-analyser/parse.ts`, 'utf8').split('\n')[0]);
    expect(await card.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(await tab(card, 'parse.ts').getAttribute('id'));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await tab(card, 'batch.ts').getAttribute('aria-selected')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves each file apart: an edit of a second file survives a reload, and the entry is untouched', async () => {
    const { context, page, card, errors } = await projectOnPage();
    await tab(card, 'parse.ts').click();
    await card.locator('textarea, .cm-content').first().click();
    await card.locator('.cm-content').waitFor();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\n// my parse work\n');
    await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.files?.['parse.ts'] ?? '', KEY)).toContain('my parse work');
    await page.reload();
    expect(await shown(card)).not.toContain('my parse work');
    await tab(card, 'parse.ts').click();
    expect(await shown(card)).toContain('my parse work');
    await tab(card, 'batch.ts').click();
    expect(await shown(card)).not.toContain('my parse work');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Reset puts back the shown file only, and its undo brings it back', async () => {
    const { context, page, card, errors } = await projectOnPage();
    const stub = (name: string) => readFileSync(`exercises/06-pipelines-in-practice/06-log-analyser/${name}`, 'utf8');
    await storeFiles(page, { entry: '// my analyser\n', others: { 'parse.ts': '// my parse\n', 'batch.ts': '// my batch\n' } });
    await tab(card, 'batch.ts').click();
    expect(await shown(card)).toContain('my batch');
    page.once('dialog', (dialog) => void dialog.accept());
    await card.locator('button.reset').click();
    await expect.poll(() => shown(card)).toContain(stub('batch.ts').split('\n')[0]);
    const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
    await expect.poll(async () => (await stored())?.files?.['batch.ts']).toBe(stub('batch.ts'));
    expect((await stored()).files['parse.ts']).toBe('// my parse\n');
    expect((await stored()).code).toBe('// my analyser\n');
    await card.locator('[data-notice="reset"]').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await stored())?.files?.['batch.ts']).toBe('// my batch\n');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the editor's help is about the file shown: a type error typed in parse.ts is marked there, not in the other tabs", async () => {
    const { context, page, card, errors } = await projectOnPage();
    await tab(card, 'parse.ts').click();
    await card.locator('textarea, .cm-content').first().click();
    await card.locator('.cm-content').waitFor();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText("\nexport const wrongType: number = 'text';\n");
    await expect.poll(() => card.locator('.cm-lintRange-error').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await card.locator('.cm-lintRange-error').first().textContent()).toBe('wrongType');
    await tab(card, 'batch.ts').click();
    await page.waitForTimeout(1500);
    expect(await card.locator('.cm-lintRange-error').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a check sends every file: the reference solution is Solved with every milestone passing', async () => {
    const { context, page, card, errors } = await projectOnPage();
    await storeFiles(page, { entry: solution('analyser.ts'), others: { 'parse.ts': solution('parse.ts'), 'batch.ts': solution('batch.ts') } });
    const { verdict, text } = await checkAndWait(page, ID, 60_000);
    expect(verdict, text).toBe('solved');
    const milestones = card.locator('.results .milestones li');
    expect(await milestones.count()).toBe(4);
    expect(await milestones.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.passed))).toEqual(['true', 'true', 'true', 'true']);
    expect(await card.locator('.state-badge').textContent()).toBe('Solved');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a wrong design fails its milestone; a type error in another file names it, and its button opens that tab', async () => {
    const { context, page, card, errors } = await projectOnPage();
    const wrongBatch = solution('batch.ts', 'batch-looks-ahead');
    await storeFiles(page, { entry: solution('analyser.ts'), others: { 'parse.ts': solution('parse.ts'), 'batch.ts': wrongBatch } });
    const { verdict } = await checkAndWait(page, ID, 60_000);
    expect(verdict).toBe('failed');
    const passed = await card
      .locator('.results .milestones li')
      .evaluateAll((items) => Object.fromEntries(items.map((li) => [(li as HTMLElement).dataset.milestone, (li as HTMLElement).dataset.passed])));
    expect(passed.parse).toBe('true');
    expect(passed.batch).toBe('false');

    await storeFiles(page, {
      entry: solution('analyser.ts'),
      others: { 'parse.ts': `${solution('parse.ts')}\nexport const oops: number = 'not a number';\n`, 'batch.ts': solution('batch.ts') },
    });
    await checkAndWait(page, ID, 60_000);
    const jump = card.locator('.results .diagnostics button.jump');
    expect(await jump.count()).toBe(1);
    expect(await jump.textContent()).toMatch(/^parse\.ts, line \d+/);
    await jump.click();
    await expect.poll(() => tab(card, 'parse.ts').getAttribute('aria-selected')).toBe('true');
    expect(await shown(card)).toContain('not a number');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the paging-client project on its lesson page', () => {
  const id = 'paging-client';
  const dir = 'solutions/09-async-generators/09-paging-client';
  const file = (name: string, wrong?: string) => readFileSync(join(dir, wrong ? `wrong/${wrong}` : '', name), 'utf8');
  const files = (client = file('client.ts')) => ({
    entry: client,
    others: { 'pages.ts': file('pages.ts'), 'items.ts': file('items.ts'), 'abort.ts': file('abort.ts') },
  });
  const passed = (card: Locator) =>
    card
      .locator('.results .milestones li')
      .evaluateAll((items) => items.map((li) => [(li as HTMLElement).dataset.milestone, (li as HTMLElement).dataset.passed]));

  it('has its four tabs; the reference solution is Solved, every milestone passing, and a client that never aborts fails the last one only', async () => {
    const { context, page, card, errors } = await projectOnPage(id);
    expect(await card.getByRole('tab').allTextContents()).toEqual(['client.ts', 'pages.ts', 'items.ts', 'abort.ts']);
    expect(await card.textContent()).toContain('npm test -- paging-client --milestone 1');
    const key = `generators-course:v1:exercise:${id}`;

    await storeFiles(page, files(), key);
    const solved = await checkAndWait(page, id, 60_000);
    expect(solved.verdict, solved.text).toBe('solved');
    expect(await passed(card)).toEqual([
      ['pages', 'true'],
      ['ids', 'true'],
      ['in-order', 'true'],
      ['cancel', 'true'],
    ]);
    expect(await card.locator('.state-badge').textContent()).toBe('Solved');

    await storeFiles(page, files(file('client.ts', 'passes-the-callers-signal-along')), key);
    const wrong = await checkAndWait(page, id, 60_000);
    expect(wrong.verdict).toBe('failed');
    expect(await passed(card)).toEqual([
      ['pages', 'true'],
      ['ids', 'true'],
      ['in-order', 'true'],
      ['cancel', 'false'],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the command-parser project on its lesson page', () => {
  const id = 'command-parser';
  const dir = 'solutions/08-throw-and-return/08-command-parser';
  const file = (name: string) => readFileSync(join(dir, name), 'utf8');

  it('shows its four files and milestones; the reference solution is Solved in the browser sandbox', async () => {
    const { context, page, card, errors } = await projectOnPage(id);
    expect(await card.getByRole('tab').allTextContents()).toEqual(['connection.ts', 'tokenizer.ts', 'parser.ts', 'coroutine.ts']);
    expect(await card.locator('.project-milestones li').count()).toBe(4);
    await storeFiles(
      page,
      { entry: file('connection.ts'), others: { 'tokenizer.ts': file('tokenizer.ts'), 'parser.ts': file('parser.ts'), 'coroutine.ts': file('coroutine.ts') } },
      `generators-course:v1:exercise:${id}`,
    );
    const { verdict, text } = await checkAndWait(page, id, 60_000);
    expect(verdict, text).toBe('solved');
    const milestones = card.locator('.results .milestones li');
    expect(await milestones.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.passed))).toEqual(['true', 'true', 'true', 'true']);
    expect(await card.locator('.state-badge').textContent()).toBe('Solved');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a project's Python track on its lesson page", () => {
  const stub = (name: string) => readFileSync(`exercises/06-pipelines-in-practice/06-log-analyser/${name}`, 'utf8');
  /** The project's card with its Python track chosen. */
  async function pythonProject() {
    const opened = await projectOnPage();
    await opened.card.getByRole('button', { name: 'Python', exact: true }).click();
    await expect.poll(() => opened.card.getByRole('tab').allTextContents()).toEqual(['analyser.py', 'parse.py', 'batch.py']);
    return opened;
  }
  /** Stores the Python track's files as the card saves them (the TypeScript record untouched), and reloads. */
  async function storePython(page: Page, files: { entry: string; others: Record<string, string> }) {
    await page.evaluate(
      ({ key, files }) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            state: 'unsolved',
            checks: 0,
            hintsShown: 0,
            python: { code: files.entry, files: files.others, state: 'unsolved', checks: 0, hintsShown: 0 },
          }),
        ),
      { key: KEY, files },
    );
    await page.reload();
    await expect.poll(() => shown(page.locator(`section.exercise[data-exercise="${ID}"]`))).toContain(files.entry.split('\n')[0]);
  }

  it('shows a tab per Python module, each with its starting code, and the TypeScript tabs come back with TypeScript', async () => {
    const { context, page, card, errors } = await pythonProject();
    expect(await tab(card, 'analyser.py').getAttribute('aria-selected')).toBe('true');
    expect(await shown(card)).toContain(stub('analyser.py').split('\n')[0]);
    expect(await card.locator('.file-name').innerText()).toContain('analyser.py');
    await tab(card, 'parse.py').click();
    expect(await shown(card)).toContain('def parse_lines(lines):');
    expect(await card.locator('.file-name').innerText()).toContain('parse.py');
    expect(await card.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(await tab(card, 'parse.py').getAttribute('id'));
    expect(await card.textContent()).toContain('npm test -- log-analyser --lang py --milestone 1');
    expect(await axeViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'TypeScript', exact: true }).click();
    await expect.poll(() => card.getByRole('tab').allTextContents()).toEqual(['analyser.ts', 'parse.ts', 'batch.ts']);
    expect(await tab(card, 'analyser.ts').getAttribute('aria-selected')).toBe('true');
    expect(await shown(card)).toContain(stub('analyser.ts').split('\n')[0]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves each Python file in the Python record: an edit of parse.py survives a reload, and the TypeScript files are untouched', async () => {
    const { context, page, card, errors } = await pythonProject();
    await tab(card, 'parse.py').click();
    await card.locator('textarea, .cm-content').first().click();
    await card.locator('.cm-content').waitFor();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\n# my parse work\n');
    const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
    await expect.poll(async () => (await stored())?.python?.files?.['parse.py'] ?? '').toContain('my parse work');
    expect((await stored()).files).toBeUndefined();
    await page.reload();
    await tab(card, 'parse.py').click();
    expect(await shown(card)).toContain('my parse work');
    await tab(card, 'batch.py').click();
    expect(await shown(card)).not.toContain('my parse work');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a check sends every module to Python: the solution is Solved with every milestone; a wrong design fails its milestone only', async () => {
    const { context, page, card, errors } = await pythonProject();
    const others = { 'parse.py': solution('parse.py'), 'batch.py': solution('batch.py') };
    await storePython(page, { entry: solution('analyser.py'), others });
    const { verdict, text } = await checkAndWait(page, ID, 120_000);
    expect(verdict, text).toBe('solved');
    const passed = () =>
      card
        .locator('.results .milestones li')
        .evaluateAll((items) => Object.fromEntries(items.map((li) => [(li as HTMLElement).dataset.milestone, (li as HTMLElement).dataset.passed])));
    expect(await passed()).toEqual({ parse: 'true', batch: 'true', summarise: 'true', 'early-exit': 'true' });
    expect(await card.locator('.state-badge').textContent()).toBe('Solved');

    await storePython(page, { entry: solution('analyser.py', 'first-errors-filters-everything'), others });
    const wrong = await checkAndWait(page, ID, 120_000);
    expect(wrong.verdict, wrong.text).toBe('failed');
    expect(await passed()).toEqual({ parse: 'true', batch: 'true', summarise: 'true', 'early-exit': 'false' });
    expect(wrong.text).toContain('100,000 lines were read from an endless log');

    await storePython(page, { entry: solution('analyser.py'), others: { ...others, 'batch.py': 'def batches(items, size:\n    pass\n' } });
    await checkAndWait(page, ID, 120_000);
    const jump = card.locator('.results .diagnostics button.jump');
    expect(await jump.count()).toBe(1);
    expect(await jump.textContent()).toMatch(/^batch\.py, line 1/);
    await jump.click();
    await expect.poll(() => tab(card, 'batch.py').getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
    // Python starts in the page first (seconds), then three checks; the wrong design reads 100,000 lines twice before it fails.
  }, 240_000);
});
