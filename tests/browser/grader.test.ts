import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import type { StaticServer } from '../../src/cli/static-server';
import { assertBuilt, checkAndWait, typeCode, serveSite } from '../support/site';

const LESSON = '/iterables/iterator-protocol/';
const ID = 'count-up-to-class';
const solution = readFileSync('solutions/01-iterables/01-count-up-to-class/count-up-to.ts', 'utf8');

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  assertBuilt();
  server = await serveSite();
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(server.url + LESSON);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('checking an exercise in the lesson page', () => {
  it('never puts the hidden tests in the page', async () => {
    const html = await page.content();
    expect(html).not.toContain('starts afresh on every [Symbol.iterator]() call');
    expect(html).toContain('section');
  });

  it('shows the failing assertion with its diff for wrong code', async () => {
    const wrong = solution.replace('if (current < max)', 'if (current <= max)');
    await typeCode(page, ID, wrong);
    const { verdict, text } = await checkAndWait(page, ID);
    expect(verdict).toBe('failed');
    expect(text).toMatch(/Not yet: \d of 6 tests fail/);
    expect(text).toContain('yields 1..max in a for…of loop');
    expect(text).toContain('- Expected');
    expect(text).toContain('+ Received');
  });

  it('marks a solved exercise when the code type-checks and every test passes', async () => {
    await typeCode(page, ID, solution);
    const { verdict, text } = await checkAndWait(page, ID);
    expect(verdict).toBe('solved');
    expect(text).toContain('Solved: all 6 tests pass');
  });

  it('shows a type error with its line and marks it in the editor', async () => {
    await typeCode(page, ID, solution.replace('let current = 0;', 'let current: string = 0;'));
    const { verdict, text } = await checkAndWait(page, ID);
    expect(verdict).toBe('failed');
    expect(text).toMatch(/Line 6, column 9: Type 'number' is not assignable to type 'string'\. \(TS2322\)/);
    await expect(page.locator(`[data-exercise="${ID}"] .cm-lintRange-error`).count()).resolves.toBeGreaterThan(0);
  });

  it('points at the line of a syntax error and does not run the tests', async () => {
    await typeCode(page, ID, solution.replace('let current = 0;', 'let current = ;'));
    const { text } = await checkAndWait(page, ID);
    expect(text).toContain('syntax error');
    expect(text).toMatch(/Line 6, column \d+: Expression expected\./);
    expect(text).not.toContain('Tests');
  });

  it('stops an endless loop within the limit, explains it, and the next check works', async () => {
    await typeCode(page, ID, solution.replace('next(): IteratorResult<number> {', 'next(): IteratorResult<number> {\n        while (true) {}'));
    const started = Date.now();
    const { verdict, text } = await checkAndWait(page, ID);
    const elapsed = Date.now() - started;
    expect(verdict).toBe('timeout');
    expect(text).toContain('Your code was stopped after 3 s during the test “CountUpTo › yields 1..max in a for…of loop”');
    expect(elapsed).toBeLessThan(3000 + 2000);
    // The page stayed responsive while the loop ran in the worker.
    await expect(page.evaluate(() => 1 + 1)).resolves.toBe(2);

    await typeCode(page, ID, solution);
    const after = await checkAndWait(page, ID);
    expect(after.verdict).toBe('solved');
  });

  it('shows "Checking…" only for a check that takes a while, and keeps the last verdict until then', async () => {
    const card = page.locator(`section.exercise[data-exercise="${ID}"]`);
    await typeCode(page, ID, solution);
    expect((await checkAndWait(page, ID)).verdict).toBe('solved');
    await typeCode(page, ID, solution.replace('next(): IteratorResult<number> {', 'next(): IteratorResult<number> {\n        while (true) {}'));
    // Read in the same task as the click: the check is under way, and the page is left as it was.
    const atClick = await page.evaluate((id) => {
      const section = document.querySelector(`section.exercise[data-exercise="${id}"]`)!;
      const button = section.querySelector<HTMLButtonElement>('button.check')!;
      button.click();
      const results = section.querySelector<HTMLElement>('.results')!;
      return {
        verdict: results.dataset.verdict,
        busy: button.getAttribute('aria-busy'),
        disabled: button.disabled,
        headline: results.querySelector('.headline')?.textContent,
      };
    }, ID);
    expect(atClick).toMatchObject({ verdict: 'checking', busy: 'true', disabled: false });
    expect(atClick.headline).toContain('Solved');
    // A long check says so, and its button waits.
    await expect.poll(() => card.locator('.results').innerText()).toBe('Checking…');
    await expect(card.locator('button.check').isDisabled()).resolves.toBe(true);
    await card.locator('.results .headline').waitFor({ timeout: 20_000 });
    await expect(card.locator('.results').getAttribute('data-verdict')).resolves.toBe('timeout');
    await expect(card.locator('button.check').isDisabled()).resolves.toBe(false);
  });

  it('stops spreading an infinite generator at once, and says why', async () => {
    await typeCode(page, ID, `${solution}\nfunction* forever() { let i = 0; while (true) yield i++; }\nexport const all = [...forever()];\n`);
    const { verdict, text } = await checkAndWait(page, ID);
    // A failure with its reason, not the 3-second timeout.
    expect(verdict).toBe('failed');
    expect(text).toContain('pulled more than 1,000,000 values from generators');
    expect(text).toContain('Is a generator infinite');
  });

  it('reports unbounded recursion as a failure, not a hang', async () => {
    await typeCode(
      page,
      ID,
      solution.replace('const max = this.max;', 'const max = this.max;\n    const down = (n: number): number => down(n + 1);\n    down(0);'),
    );
    const { verdict, text } = await checkAndWait(page, ID);
    expect(verdict).toBe('failed');
    expect(text).toContain('RangeError: Maximum call stack size exceeded');
  });

  it('shows what the learner’s code logged', async () => {
    await typeCode(page, ID, solution.replace('const max = this.max;', 'const max = this.max;\n    console.log("iterating up to", max, [max]);'));
    const { verdict, text } = await checkAndWait(page, ID);
    expect(verdict).toBe('solved');
    expect(text).toContain('iterating up to 3 [ 3 ]');
  });
});
