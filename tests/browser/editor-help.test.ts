import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';
import { assertBuilt, checkAndWait, DIST, typeCode } from '../support/site';
import { lessonUrlOf } from '../support/lesson-of';

/**
 * The exercise editor's help while typing, from the page's one TypeScript
 * worker: errors marked as the learner types, completions, the type under the
 * pointer, signature help, compiler messages that lead to their line, and a
 * Tab key that leaves the editor.
 */
const ID = 'take';
const STUB = readFileSync('exercises/03-laziness/02-take/take.ts', 'utf8');
const TODO = '  // TODO: yield the first n items of source; never pull an item you will not yield.';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(DIST);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(server.url + lessonUrlOf(DIST, ID));
});

const card = () => page.locator(`section.exercise[data-exercise="${ID}"]`);
const content = () => card().locator('.cm-content');

/**
 * The stub with `body` in place of its TODO line, the cursor after `body`;
 * then `typed` is typed there key by key, as a learner would.
 */
async function typeBody(body: string, typed = '') {
  expect(STUB).toContain(TODO);
  const [before, after] = STUB.split(TODO);
  await typeCode(page, ID, `${before}  ${body}${after}`);
  await page.keyboard.press('Escape'); // a completion list opened by the paste
  for (let i = 0; i < after.length; i++) await page.keyboard.press('ArrowLeft');
  if (typed) await page.keyboard.type(typed);
}

/** The middle of `word` where it is first drawn on the editor's line `line` (0-based). */
async function wordAt(line: number, word: string): Promise<{ x: number; y: number }> {
  const box = await content().evaluate(
    (el, [line, word]) => {
      const walker = document.createTreeWalker(el.querySelectorAll('.cm-line')[line as number], NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(word as string);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 3);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return null;
    },
    [line, word] as const,
  );
  expect(box, `${word} on line ${line + 1}`).not.toBeNull();
  return box!;
}

describe('help while typing', () => {
  it('marks a type error as the learner types, without a Check, and clears it once fixed', async () => {
    await typeBody('const count: string = n;');
    await expect.poll(() => card().locator('.cm-lintRange-error').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => card().locator('.cm-lintRange-error').first().textContent()).toBe('count');
    await typeCode(page, ID, STUB.replace(TODO, '  const count: number = n;'));
    await expect.poll(() => card().locator('.cm-lintRange-error').count(), { timeout: 10_000 }).toBe(0);
  });

  it('clears the marks of a Check once the code is edited and the error is gone', async () => {
    await typeCode(page, ID, STUB.replace(TODO, '  const count: string = n;'));
    const { text } = await checkAndWait(page, ID);
    expect(text).toContain("Type 'number' is not assignable to type 'string'");
    await expect.poll(() => card().locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    // Only the type is retyped (a double click selects the word): the marked name stays where it was.
    const word = await wordAt(2, 'string');
    await page.mouse.dblclick(word.x, word.y);
    await page.keyboard.type('number');
    await expect.poll(() => content().innerText()).toContain('const count: number = n;');
    await expect.poll(() => card().locator('.cm-lintRange-error').count(), { timeout: 10_000 }).toBe(0);
  });

  it('completes the members of what is before a dot, with their types', async () => {
    await typeBody('const iterator = source[Symbol.iterator]();\n  iterator', '.');
    const list = page.locator('.cm-tooltip-autocomplete');
    await list.waitFor({ timeout: 10_000 });
    const labels = await list.locator('.cm-completionLabel').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['next', 'return', 'throw']));
    expect(labels).not.toContain('source'); // members only after a dot
    await list.locator('li', { hasText: 'next' }).first().click();
    await expect.poll(() => content().innerText()).toContain('iterator.next');
  });

  it('completes names in scope on Ctrl+Space', async () => {
    await typeBody('');
    await page.keyboard.press('Control+Space');
    const list = page.locator('.cm-tooltip-autocomplete');
    await list.waitFor({ timeout: 10_000 });
    expect(await list.locator('.cm-completionLabel').allTextContents()).toEqual(expect.arrayContaining(['source', 'n', 'take']));
  });

  it('shows the type of what is under the pointer', async () => {
    await typeBody('');
    const box = await wordAt(1, 'source');
    await page.mouse.move(box.x, box.y);
    const tooltip = page.locator('.cm-tooltip-hover .cm-type-info');
    await tooltip.waitFor({ timeout: 10_000 });
    await expect(tooltip.textContent()).resolves.toContain('(parameter) source: Iterable<T>');
  });

  it('shows the signature of the call being typed, with the current parameter', async () => {
    await typeBody('const biggest = Math.max', '(1, ');
    const help = page.locator('.cm-signature-help');
    await help.waitFor({ timeout: 10_000 });
    await expect(help.textContent()).resolves.toContain('max(...values: number[]): number');
    await expect(help.locator('.cm-signature-active').textContent()).resolves.toBe('...values: number[]');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });
});

describe('compiler messages and the keyboard', () => {
  it('takes the learner from a compiler message in the results to its place in the code', async () => {
    const code = STUB.replace(TODO, '  const count: string = n;');
    await typeCode(page, ID, code);
    await checkAndWait(page, ID);
    const jump = card().locator('.results .diagnostic button.jump').first();
    await expect(jump.textContent()).resolves.toBe('Line 3, column 9');
    await jump.click();
    const selection = await content().evaluate(() => {
      const s = getSelection()!;
      return { text: s.toString(), focused: document.activeElement?.classList.contains('cm-content') };
    });
    expect(selection).toEqual({ text: 'count', focused: true });
  });

  it('lets Tab leave the exercise editor for the Check button, inserting nothing', async () => {
    await typeCode(page, ID, STUB);
    await page.keyboard.press('Escape'); // closes a completion list, if typing opened one
    const before = await content().innerText();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('check');
    await expect(content().innerText()).resolves.toBe(before);
    const keys = await content().getAttribute('aria-describedby');
    await expect(page.locator(`#${keys}`).textContent()).resolves.toContain('moves on from the code');
  });

  it('lets Tab leave the stepper’s editor too', async () => {
    await page.goto(`${server.url}/two-way/sending-values/`);
    const stepper = page.locator('section.stepper').first();
    await stepper.scrollIntoViewIfNeeded();
    const editor = stepper.locator('.cm-content');
    await editor.waitFor({ timeout: 30_000 });
    const before = await editor.innerText();
    await editor.focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => !!document.activeElement?.closest('.cm-content'))).resolves.toBe(false);
    await expect(editor.innerText()).resolves.toBe(before);
  });
});
