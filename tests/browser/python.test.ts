import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';
import { assertBuilt, DIST } from '../support/site';

/**
 * The Python track on the built site: choosing Python on a card, solving,
 * failing, a syntax error, runaway code stopped with the page responsive and
 * the next check working, the choice remembered. Runs against a host that is
 * cross-origin isolated (Pyodide's interrupt buffer stops runaway code) and one
 * that is not (the worker is terminated and a spare takes over).
 *
 * Not covered here: going offline with Python. The service worker precaches
 * every file except /pyodide/ (scripts/build-offline.ts), so Python does not
 * work offline until the service worker learns to cache Pyodide for learners
 * who chose Python.
 */
const LESSON = '/iterables/iterator-protocol/';
const ID = 'count-up-to-class';
const folder = '01-iterables/01-count-up-to-class';
const solution = readFileSync(`solutions/${folder}/count_up_to_class.py`, 'utf8');
const stub = readFileSync(`exercises/${folder}/count_up_to_class.py`, 'utf8');
const endless = solution.replace('        if self._current >= self._limit:', '        while True:\n            pass\n        if self._current >= self._limit:');
/** Loading Pyodide on a busy machine: the first check may wait this long. */
const FIRST_CHECK_MS = 120_000;
const LIMIT_MS = 3000;

let browser: Browser;
const servers: StaticServer[] = [];
let context: BrowserContext | undefined;

beforeAll(async () => {
  assertBuilt();
  browser = await launchChromium();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  for (const server of servers) await server.close();
});

async function openLesson(isolated: boolean): Promise<Page> {
  await context?.close();
  const server = await serveStatic(DIST, { isolated });
  servers.push(server);
  context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + LESSON);
  // Frame gaps tell whether the page stayed responsive while a check ran.
  await page.evaluate(() => {
    const w = window as unknown as { __maxGap: number };
    w.__maxGap = 0;
    let last = performance.now();
    const frame = (t: number) => {
      w.__maxGap = Math.max(w.__maxGap, t - last);
      last = t;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return page;
}

const card = (page: Page) => page.locator(`section.exercise[data-exercise="${ID}"]`);
const code = (page: Page) =>
  card(page)
    .locator('.cm-content, textarea')
    .first()
    .evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));

/** Puts `text` in the card's textarea (without focusing it) and checks it; the verdict, its text and how long it took. */
async function check(page: Page, text: string, timeout = 30_000) {
  const results = card(page).locator('.results');
  await card(page)
    .locator('textarea')
    .evaluate((el, value) => ((el as HTMLTextAreaElement).value = value), text);
  await page.evaluate(() => ((window as unknown as { __maxGap: number }).__maxGap = 0));
  const started = Date.now();
  await card(page).locator('button.check').click();
  await page.waitForFunction(
    (id) => {
      const box = document.querySelector<HTMLElement>(`section.exercise[data-exercise="${id}"] .results`);
      return !!box && box.dataset.verdict !== 'checking' && !!box.querySelector('.headline');
    },
    ID,
    { timeout, polling: 100 },
  );
  const elapsed = Date.now() - started;
  return { verdict: await results.getAttribute('data-verdict'), text: (await results.innerText()).trim(), elapsed };
}

describe.each([
  ['a cross-origin-isolated host (interrupt buffer)', true],
  ['a host without isolation (terminated worker, spare)', false],
])('the Python track on %s', (_, isolated) => {
  it('shows the Python track when chosen, and remembers the choice', async () => {
    const page = await openLesson(isolated);
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(isolated);
    await card(page).getByRole('button', { name: 'Python', exact: true }).click();
    await expect.poll(() => code(page)).toContain('class CountUpTo:');
    await expect(card(page).locator('.file-name').innerText()).resolves.toContain('count_up_to_class.py');
    await expect(card(page).locator('.task.track-python').isVisible()).resolves.toBe(true);
    await expect(card(page).locator('.task.track-typescript').isVisible()).resolves.toBe(false);
    await page.reload();
    await expect.poll(() => code(page)).toContain('class CountUpTo:');
    expect(await card(page).getByRole('button', { name: 'Python', exact: true }).getAttribute('aria-pressed')).toBe('true');
    // The lesson's samples show Python first.
    expect(await page.evaluate(() => document.documentElement.dataset.language)).toBe('python');
  }, 120_000);

  it('fails the untouched stub, solves the solution, and reports a syntax error at its line', async () => {
    const page = await openLesson(isolated);
    await card(page).getByRole('button', { name: 'Python', exact: true }).click();
    const failing = await check(page, stub, FIRST_CHECK_MS);
    expect(failing.verdict, failing.text).toBe('failed');
    expect(failing.text).toContain('NotImplementedError: CountUpTo.__iter__ is not written yet');
    expect(failing.text).toMatch(/✗ test_/);

    const solved = await check(page, solution);
    expect(solved.verdict, solved.text).toBe('solved');
    expect(solved.text).toMatch(/^Solved: all \d+ tests pass\./);
    await expect(card(page).locator('.state-badge').innerText()).resolves.toBe('Solved');

    const syntax = await check(page, 'class CountUpTo(\n    pass\n');
    expect(syntax.verdict).toBe('failed');
    expect(syntax.text).toContain('syntax error');
    expect(syntax.text).toMatch(/Line \d+, column \d+: SyntaxError: /);
    // The Python record is the Python track's own: the TypeScript one is untouched.
    const record = await page.evaluate((id) => JSON.parse(localStorage.getItem(`generators-course:v1:exercise:${id}`) ?? 'null'), ID);
    expect(record.python.state).toBe('solved');
    expect(record.state).toBe('unsolved');
  }, 240_000);

  it('stops an endless loop within the limit, keeps the page responsive, and checks again promptly', async () => {
    const page = await openLesson(isolated);
    await card(page).getByRole('button', { name: 'Python', exact: true }).click();
    expect((await check(page, solution, FIRST_CHECK_MS)).verdict).toBe('solved');
    // Let the spare start and settle, as a learner's page would while they read.
    await page.waitForTimeout(isolated ? 500 : 15_000);

    const runaway = await check(page, endless);
    expect(runaway.verdict, runaway.text).toBe('timeout');
    expect(runaway.text).toContain('Your code was stopped after 3 s');
    expect(runaway.text).toContain('itertools.islice');
    expect(runaway.elapsed).toBeLessThan(LIMIT_MS + 2000);
    expect(await page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap), 'longest frame gap while it ran (ms)').toBeLessThan(500);

    const after = await check(page, solution);
    expect(after.verdict, after.text).toBe('solved');
    expect(after.elapsed, 'the check right after a runaway').toBeLessThan(5000);
  }, 240_000);
});
