import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';
import { assertBuilt, checkAndWait, DIST, typeCode } from '../support/site';
import { axeViolations } from '../support/axe';
import { lessonUrlOf } from '../support/lesson-of';

/**
 * The lesson page for every learner: a phone, a touch screen, the keyboard,
 * search; and the exercise card's smaller promises (results that stay short,
 * hints that stop, a comparison that comes into view, states that never
 * contradict each other).
 */
const LESSON = '/iterables/iterator-protocol/';
const ID = 'count-up-to-class';
const solution = readFileSync('solutions/01-iterables/01-count-up-to-class/count-up-to.ts', 'utf8');
const TAKE = 'take';
const takeStub = readFileSync('exercises/03-laziness/02-take/take.ts', 'utf8');

let browser: Browser;
let server: StaticServer;
let context: BrowserContext | undefined;

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: BrowserContextOptions = { viewport: { width: 1280, height: 800 } }): Promise<Page> {
  await context?.close();
  context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(server.url + path);
  return page;
}
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const card = (page: Page, id = ID) => page.locator(`section.exercise[data-exercise="${id}"]`);

/** Scrolls through the page so every lazily mounted part (steppers, quizzes) is in place, then back to the top. */
async function mountEverything(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 300) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  });
  await page.waitForTimeout(1500);
  await page.evaluate(() => scrollTo(0, 0));
}
const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('on a phone', () => {
  for (const width of [320, 390]) {
    it(`never scrolls sideways at ${width} px, steppers, samples and inline code included`, async () => {
      for (const path of ['/two-way/sending-values/', '/laziness/measuring-memory/', '/async-generators/for-await/', '/throw-and-return/throwing-in/']) {
        const page = await open(path, { ...PHONE, viewport: { width, height: 844 } });
        await mountEverything(page);
        expect(await pageOverflow(page), `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
    });
  }

  it('has a compact header whose Menu opens the chapter list at the top', async () => {
    const page = await open(LESSON, PHONE);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(60);
    const chapters = page.getByRole('navigation', { name: 'Chapters' });
    await expect(chapters.isVisible()).resolves.toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(chapters.isVisible()).resolves.toBe(true);
    const [list, main] = [await chapters.boundingBox(), await page.locator('main').boundingBox()];
    expect(list!.y).toBeLessThan(main!.y);
    await expect(page.getByRole('link', { name: 'Course map' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(chapters.isVisible()).resolves.toBe(false);
    await expect(menu.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('labels Check without keyboard shortcuts on a touch screen, and wraps the editor’s lines', async () => {
    const page = await open(LESSON, PHONE);
    await expect(card(page).locator('button.check').innerText()).resolves.toBe('Check');
    await expect(card(page).locator('.editor-keys').isVisible()).resolves.toBe(false);
    await typeCode(page, ID, `// ${'a long comment that a phone cannot show on one line '.repeat(3)}\n${solution}`);
    const scroller = card(page).locator('.cm-scroller');
    await expect(scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBeLessThanOrEqual(0);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
  });
});

describe('on a desktop', () => {
  it('shows Check with its shortcut, and side-by-side samples whole, without cutting long lines', async () => {
    const page = await open('/delegation/delegate-return-values/');
    await mountEverything(page);
    const cut = await page.locator('.side-by-side pre').evaluateAll((pres) => pres.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length);
    expect(cut).toBe(0);
    const withShortcut = await open(LESSON);
    await expect(card(withShortcut).locator('button.check').innerText()).resolves.toBe('Check Ctrl+Enter');
  });

  it('shows the first line of every stub whole in the exercise editor', async () => {
    const page = await open(lessonUrlOf(DIST, TAKE), { viewport: { width: 1280, height: 800 } });
    await card(page, TAKE).locator('textarea').focus();
    const scroller = card(page, TAKE).locator('.cm-scroller');
    await scroller.waitFor();
    await expect(scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBeLessThanOrEqual(0);
  });
});

describe('the results of a check', () => {
  it('opens the first failure only, lists the others by name, prints each trace once, in the failure’s own size, with plain zeros', async () => {
    const page = await open(lessonUrlOf(DIST, TAKE));
    await typeCode(page, TAKE, takeStub.replace('  // TODO', '  yield* [0, 0];\n  // TODO'));
    await checkAndWait(page, TAKE);
    const results = card(page, TAKE).locator('.results');
    const failures = results.locator('li.test.fail');
    expect(await failures.count()).toBeGreaterThanOrEqual(2);
    const opened = await failures.evaluateAll((items) => items.map((item) => item.querySelector('details')?.open ?? null));
    expect(opened).toEqual([true, ...opened.slice(1).map(() => false)]);
    await expect(failures.nth(1).locator('summary').innerText()).resolves.toMatch(/✗ take › \w/);
    const traces = await results.locator('pre.calls').allTextContents();
    expect(new Set(traces).size).toBe(traces.length);
    const size = (selector: string) =>
      results
        .locator(selector)
        .first()
        .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    if (traces.length > 0) expect(await size('.calls-heading')).toBeLessThanOrEqual(await size('.failure'));
    await expect(results.textContent()).resolves.not.toMatch(/\+0\b/);
  });

  it('keeps “Solved” earned, but never beside a failing verdict', async () => {
    const page = await open(LESSON);
    await typeCode(page, ID, solution);
    expect((await checkAndWait(page, ID)).verdict).toBe('solved');
    await expect(card(page).locator('.state-badge').innerText()).resolves.toBe('Solved');
    await typeCode(page, ID, solution.replace('if (current < max)', 'if (current <= max)'));
    expect((await checkAndWait(page, ID)).text).toMatch(/^Not yet/);
    await expect(card(page).locator('.state-badge').innerText()).resolves.toBe('Solved before; this code fails');
    // The course map counts an exercise solved once it has passed.
    await page.goto(`${server.url}/map/`);
    await expect(page.locator(`[data-exercise="${ID}"] .state-badge`).innerText()).resolves.toBe('Solved');
  });
});

describe('hints and the solution', () => {
  it('stops offering hints after the last one', async () => {
    const page = await open(LESSON);
    const button = card(page).locator('button.show-hint');
    const total = Number(await button.getAttribute('data-count'));
    for (let i = 0; i < total; i++) await button.click();
    await expect(button.isVisible()).resolves.toBe(false);
    await expect(button.isEnabled()).resolves.toBe(false);
    await expect(button.innerText()).resolves.not.toContain(`${total + 1} of`);
    await expect(card(page).locator('[data-hint]:not([hidden])').count()).resolves.toBe(total);
  });

  it('drops “check first” once checked, and takes the learner to the comparison', async () => {
    const page = await open(LESSON);
    // aria-disabled, not disabled: it can be pressed, and says why it does nothing yet.
    await card(page).locator('button.compare').click({ force: true });
    await expect(card(page).locator('[data-notice="compare"]').count()).resolves.toBe(1);
    await checkAndWait(page, ID);
    await expect(card(page).locator('[data-notice="compare"]').count()).resolves.toBe(0);
    await card(page).locator('button.compare').click();
    const comparison = card(page).locator('.comparison');
    await comparison.locator('.cm-mergeView').waitFor();
    const box = (await comparison.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1); // scrolled to its top (to a subpixel)
    expect(box.y).toBeLessThan(800);
    await expect(comparison.evaluate((el) => el.contains(document.activeElement))).resolves.toBe(true);
  });
});

describe('the rest of the site', () => {
  it('keeps the spaces around highlighted words in search excerpts', async () => {
    const page = await open('/search/?q=yield');
    const excerpt = page.locator('[data-search-results] li p').first();
    await excerpt.waitFor({ timeout: 15_000 });
    const glued = await page
      .locator('[data-search-results] li p mark')
      .evaluateAll(
        (marks) => marks.filter((mark) => /\w$/.test(mark.previousSibling?.textContent ?? '') || /^\w/.test(mark.nextSibling?.textContent ?? '')).length,
      );
    expect(glued).toBe(0);
  });

  it('shows the focus on the progress import control, and counts “1 exercise”', async () => {
    const page = await open(LESSON);
    await checkAndWait(page, ID);
    await page.goto(`${server.url}/map/`);
    const input = page.locator('#import-file');
    await page.getByRole('button', { name: 'Export progress' }).focus();
    await page.keyboard.press('Tab');
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const outline = await page.locator('label[for="import-file"]').evaluate((label) => getComputedStyle(label).outlineStyle);
    expect(outline).not.toBe('none');
    await page.getByRole('button', { name: 'Export progress' }).click();
    await expect.poll(() => page.locator('.transfer-status').innerText()).toMatch(/^Exported 1 exercise and/);
  });

  it('asks for no missing file on a first visit, has a page of its own for a wrong address, and warns of nothing', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    const missing: string[] = [];
    const warnings: string[] = [];
    page.on('response', (response) => response.status() >= 400 && missing.push(response.url()));
    page.on('console', (message) => ['warning', 'error'].includes(message.type()) && warnings.push(message.text()));
    await page.goto(server.url + LESSON);
    await checkAndWait(page, ID);
    await page.waitForTimeout(1000);
    expect(missing).toEqual([]);
    expect(warnings.filter((text) => /Removing intrinsics/.test(text))).toEqual([]);

    const response = await page.goto(`${server.url}/no-such-lesson/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('This page is not part of the course');
    await expect(page.getByRole('link', { name: 'Course map' }).first().isVisible()).resolves.toBe(true);
  });

  it('ends with a Further reading list: each entry links to its source and says what is there', async () => {
    const page = await open('/delegation/yield-star/');
    const reading = page.getByRole('region', { name: 'Further reading' });
    const items = reading.getByRole('listitem');
    await expect(items.count()).resolves.toBe(3);
    await expect(reading.getByRole('link', { name: 'PEP 380: Syntax for Delegating to a Subgenerator' }).getAttribute('href')).resolves.toBe(
      'https://peps.python.org/pep-0380/',
    );
    await expect(items.first().innerText()).resolves.toMatch(/^MDN: yield\*: delegating to another iterable/);
    // It comes after the exercises, before the links to the neighbouring lessons.
    const order = await page.evaluate(() => {
      const at = (selector: string) => [...document.querySelectorAll('main *')].indexOf(document.querySelector(selector)!);
      return [at('.exercises'), at('.further-reading'), at('.prev-next')];
    });
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has no axe violations on a lesson with two questions, unique landmarks included', async () => {
    const page = await open('/two-way/sending-values/');
    await mountEverything(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolations(page, ['landmark-unique', 'region'])).toEqual([]);
  });
});
