// Predict the output, spaced review and "Measure it yourself", driven in Chromium against the built site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import type { StaticServer } from '../../src/cli/static-server';
import { assertBuilt, serveSite } from '../support/site';
import { axeViolations } from '../support/axe';
import { rate } from '../../src/review/scheduler';

const QUIZ_LESSON = '/iterables/pulling-values/';
const MEASURE_LESSON = '/laziness/measuring-memory/';
const REVIEW_KEY = 'generators-course:v1:review';
const DAY = 24 * 60 * 60 * 1000;

let browser: Browser;
let server: StaticServer;
let context: BrowserContext | undefined;

beforeAll(async () => {
  assertBuilt();
  server = await serveSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function freshPage(path: string): Promise<Page> {
  await context?.close();
  context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + path);
  return page;
}

const quiz = (page: Page, id: string) => page.locator(`section.quiz[data-quiz="${id}"]`);
/** The schedule the page reads: under the original key, or under the generation an import made current (src/ui/storage.ts). */
const storedReview = (page: Page) =>
  page.evaluate((key) => {
    const generation = localStorage.getItem('generators-course:v1:records');
    const current = generation && /^g\d+$/.test(generation) ? `generators-course:v1:${generation}:review` : key;
    return JSON.parse(localStorage.getItem(current) ?? '{"cards":{}}') as { cards: Record<string, { due: string; reps: number; lastRating?: string }> };
  }, REVIEW_KEY);
const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

describe('predict the output', () => {
  it('hides the answer until the learner answers; a right choice says so and explains', async () => {
    const page = await freshPage(QUIZ_LESSON);
    const q = quiz(page, 'map-yields-entries');
    await q.scrollIntoViewIfNeeded();
    await expect(q.locator('.quiz-reveal').isVisible()).resolves.toBe(false);
    await expect(q.locator('.quiz-verdict').innerText()).resolves.toBe('');

    await q.locator('.quiz-check').click();
    await expect.poll(() => q.locator('.quiz-verdict').innerText()).toBe('Choose an answer first.');
    await expect(q.locator('.quiz-reveal').isVisible()).resolves.toBe(false);

    await q.locator('label.quiz-choice', { hasText: "[ 'ada', 36 ]" }).click();
    await q.locator('.quiz-check').click();
    await expect.poll(() => q.locator('.quiz-verdict').innerText()).toContain('Right.');
    await expect(q.getAttribute('data-result')).resolves.toBe('right');
    const reveal = q.locator('.quiz-reveal');
    await expect(reveal.isVisible()).resolves.toBe(true);
    await expect(reveal.locator('pre.output').innerText()).resolves.toBe("[ 'ada', 36 ]\n[ 'alan', 41 ]");
    await expect(reveal.innerText()).resolves.toContain('yields [key, value] pairs');
    // The live region announces the result; focus moves to the output and why (the question is over: no Check, no Try again).
    await expect(q.locator('.quiz-verdict').getAttribute('aria-live')).resolves.toBe('polite');
    await expect(isFocused(reveal)).resolves.toBe(true);
    await expect(q.locator('.quiz-check').isVisible()).resolves.toBe(false);
    await expect(q.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(false);
    await expect(q.locator('label[data-mark="output"]').innerText()).resolves.toContain('the real output');
  });

  it('says a wrong choice is wrong and keeps the answer hidden: try again, or show the answer', async () => {
    const page = await freshPage(QUIZ_LESSON);
    const q = quiz(page, 'map-yields-entries');
    await q.locator('label.quiz-choice', { hasText: /^\s*ada\s+alan\s*$/ }).click();
    await q.locator('.quiz-check').click();
    await expect.poll(() => q.locator('.quiz-verdict').innerText()).toContain('Not quite.');
    await expect(q.getAttribute('data-result')).resolves.toBe('wrong');
    // A second try is a real one: neither the output nor which choice is right is shown.
    await expect(q.locator('.quiz-reveal').isVisible()).resolves.toBe(false);
    await expect(q.locator('label[data-mark]').count()).resolves.toBe(0);
    await expect(q.locator('.quiz-verdict').innerText()).resolves.not.toContain("'ada', 36");
    await expect(q.locator('input[type="radio"]').first().isDisabled()).resolves.toBe(true);
    await expect(isFocused(q.getByRole('button', { name: 'Try again' }))).resolves.toBe(true);

    await q.getByRole('button', { name: 'Try again' }).click();
    await expect(q.locator('.quiz-reveal').isVisible()).resolves.toBe(false);
    await expect(q.locator('.quiz-verdict').innerText()).resolves.toBe('');
    await expect(q.locator('input[type="radio"]:checked').count()).resolves.toBe(0);
    await expect(q.locator('input[type="radio"]').first().isDisabled()).resolves.toBe(false);

    await q.locator('label.quiz-choice', { hasText: /^\s*ada\s+alan\s*$/ }).click();
    await q.locator('.quiz-check').click();
    await q.getByRole('button', { name: 'Show the answer' }).click();
    await expect(q.locator('.quiz-reveal pre.output').innerText()).resolves.toContain("[ 'ada', 36 ]");
    await expect(q.locator('label[data-mark="chosen"]').innerText()).resolves.toContain('your answer');
    await expect(q.locator('label[data-mark="output"]').innerText()).resolves.toContain("[ 'ada', 36 ]");
    await expect(q.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(false);
  });

  it('accepts a typed answer whatever its spacing and quotes, with the keyboard alone', async () => {
    const page = await freshPage(QUIZ_LESSON);
    const q = quiz(page, 'set-of-a-string');
    const input = q.getByLabel('Type what it prints');
    await input.focus();
    await page.keyboard.type("[ 'b', 'a', 'n', 'a', 'n', 'a' ]");
    await page.keyboard.press('Enter');
    await expect.poll(() => q.locator('.quiz-verdict').innerText()).toContain('Not quite.');
    await expect(q.locator('.quiz-reveal').isVisible()).resolves.toBe(false);
    // Enter on the focused "Try again" starts over, with the focus back in the answer.
    await page.keyboard.press('Enter');
    await expect(isFocused(input)).resolves.toBe(true);
    await expect(input.inputValue()).resolves.toBe('');
    await page.keyboard.type('["b","a","n"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => q.locator('.quiz-verdict').innerText()).toContain('Right.');
  });

  it('can be answered by keyboard: arrows choose, Tab and Enter check', async () => {
    const page = await freshPage(QUIZ_LESSON);
    const q = quiz(page, 'map-yields-entries');
    await q.locator('input[type="radio"]').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(isFocused(q.locator('.quiz-check'))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => q.locator('.quiz-verdict').innerText()).toMatch(/^(Right|Not quite)\./);
  });
});

describe('spaced review', () => {
  it('shows the cards of opened chapters, reschedules a rated card, and keeps it out of today’s session', async () => {
    const page = await freshPage(QUIZ_LESSON); // opening a lesson brings its chapter's cards in
    await page.goto(`${server.url}/review/`);
    const summary = page.locator('[data-review-summary]');
    await expect.poll(() => summary.innerText()).toMatch(/^Today: 8 cards \(8 new\)\./);
    const card = page.locator('article.review-card:not([hidden])');
    await expect(card.count()).resolves.toBe(1);
    const id = (await card.getAttribute('data-card'))!;
    await expect(card.locator('.review-answer').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-review-position]').innerText()).resolves.toBe('(1 of 8)');

    await page.getByRole('button', { name: 'Show the answer' }).click();
    await expect(card.locator('.review-answer').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Show the answer' }).isVisible()).resolves.toBe(false);
    const good = page.locator('[data-rating="good"]');
    await expect(good.innerText()).resolves.toBe('Good · in 3 days');

    const before = Date.now();
    await good.click();
    await expect.poll(() => page.locator('[data-review-status]').innerText()).toContain('Saved. You will see this card again in 3 days');
    const record = (await storedReview(page)).cards[id];
    expect(record).toMatchObject({ reps: 1, lastRating: 'good' });
    const movedBy = new Date(record.due).getTime() - before;
    // Three days from the moment of rating (which was after `before`, by however long the click took).
    expect(movedBy).toBeGreaterThanOrEqual(3 * DAY - 1000);
    expect(movedBy).toBeLessThan(3 * DAY + 10 * 60_000);
    // The next card is shown at once, with the focus on it.
    await expect(page.locator('[data-review-position]').innerText()).resolves.toBe('(2 of 8)');
    await expect(page.locator('article.review-card:not([hidden])').getAttribute('data-card')).resolves.not.toBe(id);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('review-card'))).resolves.toBe(true);

    await page.reload();
    await expect.poll(() => summary.innerText()).toMatch(/^Today: 7 cards \(7 new\)\./);
    const shown = await page
      .locator('article.review-card[data-card]')
      .evaluateAll((cards) => cards.filter((c) => !(c as HTMLElement).hidden).map((c) => (c as HTMLElement).dataset.card));
    expect(shown).not.toContain(id);
    await expect(page.locator('[data-review-chapter="iterables"] [data-cell="reviewed"]').innerText()).resolves.toBe('1');
  });

  it('brings back a card that is due, first, and moves its due date on by the rating (keyboard only)', async () => {
    const page = await freshPage('/review/');
    const longAgo = new Date(Date.now() - 10 * DAY);
    const due = rate(undefined, 'good', longAgo); // due 7 days ago
    await page.evaluate(([key, state]) => localStorage.setItem(key, state), [
      REVIEW_KEY,
      JSON.stringify({ cards: { 'yield-star-evaluates-to-return': due } }),
    ] as const);
    await page.reload();
    await expect.poll(() => page.locator('[data-review-summary]').innerText()).toMatch(/^Today: \d+ cards \(1 due and \d+ new\)\./);
    const card = page.locator('article.review-card:not([hidden])');
    await expect(card.getAttribute('data-card')).resolves.toBe('yield-star-evaluates-to-return');

    const reveal = page.getByRole('button', { name: 'Show the answer' });
    await reveal.focus();
    await page.keyboard.press('Enter');
    await expect(card.locator('.review-answer').isVisible()).resolves.toBe(true);
    await expect(card.locator('.review-answer').innerText()).resolves.toContain("[ 'a', 'done' ]");
    // The focus is on the answer: Tab on through it to the ratings, the first of which is Again.
    const again = page.locator('[data-rating="again"]');
    for (let i = 0; i < 10 && !(await isFocused(again)); i++) await page.keyboard.press('Tab');
    await expect(isFocused(again)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const record = (await storedReview(page)).cards['yield-star-evaluates-to-return'];
    expect(new Date(record.due).getTime()).toBeGreaterThan(Date.now() + DAY - 5 * 60_000);
    expect(record).toMatchObject({ reps: 2, lapses: 1, lastRating: 'again' });
    await expect(page.locator('[data-review-status]').innerText()).resolves.toContain('again at the end of this session, and tomorrow');
  });

  it('brings a forgotten card (Again) back at the end of the same session', async () => {
    const page = await freshPage(QUIZ_LESSON);
    await page.goto(`${server.url}/review/`);
    const position = page.locator('[data-review-position]');
    await expect.poll(() => position.innerText()).toBe('(1 of 8)');
    const first = await page.locator('article.review-card:not([hidden])').getAttribute('data-card');
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await expect(page.locator('[data-rating="again"]').innerText()).resolves.toBe('Again · later in this session, and tomorrow');
    await page.locator('[data-rating="again"]').click();
    await expect(position.innerText()).resolves.toBe('(2 of 9)');
    for (let i = 2; i <= 8; i++) {
      await page.getByRole('button', { name: 'Show the answer' }).click();
      await page.locator('[data-rating="good"]').click();
    }
    await expect(position.innerText()).resolves.toBe('(9 of 9)');
    await expect(page.locator('article.review-card:not([hidden])').getAttribute('data-card')).resolves.toBe(first);
  });

  it('leaves a question answered in its lesson today for another day', async () => {
    const page = await freshPage(QUIZ_LESSON);
    const q = quiz(page, 'map-yields-entries');
    await q.locator('label.quiz-choice', { hasText: "[ 'ada', 36 ]" }).click();
    await q.locator('.quiz-check').click();
    await expect.poll(() => q.locator('.quiz-verdict').innerText()).toContain('Right.');
    await page.goto(`${server.url}/review/`);
    await expect.poll(() => page.locator('[data-review-summary]').innerText()).toMatch(/^Today: 7 cards \(7 new\)\. 1 more new card waits/);
    const queued = await page.locator('article.review-card:not([hidden])').getAttribute('data-card');
    expect(queued).not.toBe('map-yields-entries');
  });

  it('goes into the exported progress file, and an import restores it', async () => {
    const page = await freshPage(QUIZ_LESSON);
    await page.goto(`${server.url}/review/`);
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await page.locator('[data-rating="easy"]').click();
    const saved = await storedReview(page);
    expect(Object.keys(saved.cards)).toHaveLength(1);

    await page.goto(`${server.url}/map/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const file = join(tmpdir(), `progress-review-${Date.now()}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'generators-course/progress', version: 1, review: saved });
    await expect.poll(() => page.locator('.transfer-status').innerText()).toContain('and the review schedule of 1 card.');

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('[data-import]').setInputFiles(file);
    await expect.poll(() => page.locator('.transfer-status').innerText()).toContain('Imported 0 exercises and the review schedule of 1 card from');
    expect(await storedReview(page)).toEqual(saved);

    // A schedule that does not validate is refused, naming the field.
    const bad = join(tmpdir(), `bad-review-${Date.now()}.json`);
    const id = Object.keys(saved.cards)[0];
    writeFileSync(bad, JSON.stringify({ ...exported, review: { cards: { [id]: { ...saved.cards[id], state: 'forgotten' } } } }));
    await page.locator('[data-import]').setInputFiles(bad);
    await expect.poll(() => page.locator('.transfer-status').innerText()).toContain(`review.cards.${id}.state`);
  });
});

describe('measure it yourself', () => {
  it('finishes for N = 10,000,000 in a worker while the page stays responsive', async () => {
    const page = await freshPage(MEASURE_LESSON);
    const widget = page.locator('section.measure');
    await widget.scrollIntoViewIfNeeded();
    await widget.getByLabel('N, how many numbers').selectOption('10000000');
    await widget.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => widget.getAttribute('data-state')).toBe('running');
    await expect(widget.locator('.measure-progress progress').isVisible()).resolves.toBe(true);
    await expect(widget.getByRole('button', { name: 'Cancel' }).isVisible()).resolves.toBe(true);

    // Main-thread round trips while it runs: a 10 ms timer chain on the page, and evaluate() calls from here.
    const gaps = page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const root = document.querySelector<HTMLElement>('section.measure')!;
          const gaps: number[] = [];
          let last = performance.now();
          const tick = () => {
            const now = performance.now();
            gaps.push(now - last);
            last = now;
            if (root.dataset.state === 'running') setTimeout(tick, 10);
            else resolve(gaps);
          };
          setTimeout(tick, 10);
        }),
    );
    const roundTrips: number[] = [];
    while ((await widget.getAttribute('data-state')) === 'running') {
      const started = Date.now();
      await page.evaluate(() => document.title);
      roundTrips.push(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await widget.getAttribute('data-state')).toBe('done');
    const pageGaps = await gaps;
    expect(pageGaps.length).toBeGreaterThan(2); // the page's own timers kept firing during the run

    const table = widget.locator('table.measure-table');
    await expect(table.locator('caption').innerText()).resolves.toBe('N = 10,000,000: median of 3 runs of each, in this browser');
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell as HTMLElement).innerText.trim())));
    const row = (label: string) => rows.find((cells) => cells[0].startsWith(label))!.slice(1);
    expect(row('Items held at once')).toEqual(['10,000,000', '1']);
    expect(row('Sum')).toEqual(['49,999,995,000,000', '49,999,995,000,000']);
    expect(row('Time to the first item')[0]).toMatch(/^[\d,.]+ ms$/);
    expect(row('Time to the first item')[1]).toMatch(/ ms$/);
    // No bound in milliseconds (a loaded machine slows everything): relative to the work itself instead.
    // On the page's thread, one array run alone would have frozen the page for its whole length; the
    // page's timers and this test's round trips never waited that long, however slow the machine.
    const arraySumMs = Number(row('Time to the sum')[0].replace(/[^\d.]/g, ''));
    expect(Math.max(...pageGaps)).toBeLessThan(arraySumMs);
    expect(Math.max(...roundTrips)).toBeLessThan(arraySumMs);
    await expect(widget.locator('.measure-memory').innerText()).resolves.toContain('Memory is not shown');
    await expect(widget.locator('.measure-status').innerText()).resolves.toMatch(/^Done in [\d.]+ s\./);
  });

  it('can be cancelled, and run again', async () => {
    const page = await freshPage(MEASURE_LESSON);
    const widget = page.locator('section.measure');
    await widget.getByLabel('N, how many numbers').selectOption('10000000');
    await widget.getByRole('button', { name: 'Run' }).click();
    await widget.getByRole('button', { name: 'Cancel' }).click();
    await expect(widget.getAttribute('data-state')).resolves.toBe('cancelled');
    await expect(widget.locator('.measure-status').innerText()).resolves.toContain('Cancelled');
    await expect(isFocused(widget.getByRole('button', { name: 'Run' }))).resolves.toBe(true);
    await widget.getByLabel('N, how many numbers').selectOption('1000');
    await widget.getByRole('button', { name: 'Run' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => widget.getAttribute('data-state'), { timeout: 20_000 }).toBe('done');
    await expect(widget.locator('table.measure-table caption').innerText()).resolves.toContain('N = 1,000: median of 5 runs');
  });
});

describe('accessibility and offline', () => {
  it('has no axe violations on a lesson with answered questions and measured results, in light and dark', async () => {
    const page = await freshPage(MEASURE_LESSON);
    const q = quiz(page, 'map-is-eager');
    await q.locator('label.quiz-choice').first().click();
    await q.locator('.quiz-check').click();
    await expect.poll(() => q.locator('.quiz-verdict').innerText()).not.toBe('');
    const widget = page.locator('section.measure');
    await widget.getByLabel('N, how many numbers').selectOption('1000');
    await widget.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => widget.getAttribute('data-state'), { timeout: 20_000 }).toBe('done');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('has no axe violations on /review/, empty or with a card revealed, in light and dark', async () => {
    const page = await freshPage('/review/');
    await expect.poll(() => page.locator('[data-review-summary]').innerText()).toContain('Nothing to review yet');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(server.url + QUIZ_LESSON);
    await page.goto(`${server.url}/review/`);
    await page.getByRole('button', { name: 'Show the answer' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works offline after one visit: a question, the review page and the widget', async () => {
    const page = await freshPage('/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context!.setOffline(true);
    await page.goto(server.url + MEASURE_LESSON);
    const q = quiz(page, 'map-is-eager');
    await q.locator('label.quiz-choice', { hasText: /^\s*3\s+4\s*$/ }).click();
    await q.locator('.quiz-check').click();
    await expect.poll(() => q.locator('.quiz-verdict').innerText()).toContain('Right.');
    const widget = page.locator('section.measure');
    await widget.getByLabel('N, how many numbers').selectOption('1000');
    await widget.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => widget.getAttribute('data-state'), { timeout: 20_000 }).toBe('done');
    await page.goto(`${server.url}/review/`);
    // The question just answered in the lesson joins review tomorrow: 6 of the chapter's 7 cards today.
    await expect.poll(() => page.locator('[data-review-summary]').innerText()).toMatch(/^Today: 6 cards/);
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await page.locator('[data-rating="good"]').click();
    await expect.poll(() => page.locator('[data-review-status]').innerText()).toContain('Saved.');
  });
});
