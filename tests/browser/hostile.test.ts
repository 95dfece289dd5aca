import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import type { StaticServer } from '../../src/cli/static-server';
import { assertBuilt, DIST, serveSite } from '../support/site';
import { lessonUrlOf } from '../support/lesson-of';
import { hostileCases } from '../support/hostile-corpus';

/** The corpus of hostile submissions (tests/hostile/README.md), run through the real browser grader. */
const cases = hostileCases();
const solutions: Record<string, string> = {
  'count-up-to-class': readFileSync('solutions/01-iterables/01-count-up-to-class/count-up-to.ts', 'utf8'),
  'fetch-all': readFileSync('solutions/09-async-generators/03-fetch-all/fetch-all.ts', 'utf8'),
};
/** Compiling and starting a check may add this much to an exercise's time limit. */
const ALLOWANCE_MS = 5000;

let browser: Browser;
let server: StaticServer;
const pages = new Map<string, Page>();

beforeAll(async () => {
  assertBuilt();
  server = await serveSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pageFor(exercise: string): Promise<Page> {
  let page = pages.get(exercise);
  if (!page) {
    page = await browser.newPage();
    await page.goto(server.url + lessonUrlOf(DIST, exercise));
    // Frame gaps and long tasks tell whether the page stayed responsive while a check ran.
    await page.evaluate(() => {
      const w = window as unknown as { __maxGap: number; __longestTask: number; __since: number };
      w.__maxGap = 0;
      w.__longestTask = 0;
      w.__since = 0;
      new PerformanceObserver((list) => {
        // Entries arrive a task late: one that began before the counters were reset is not the check's.
        for (const entry of list.getEntries()) if (entry.startTime >= w.__since) w.__longestTask = Math.max(w.__longestTask, entry.duration);
      }).observe({ type: 'longtask' });
      let last = performance.now();
      const frame = (t: number) => {
        w.__maxGap = Math.max(w.__maxGap, t - last);
        last = t;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    pages.set(exercise, page);
    // A first, correct check starts the compiler: the cases are then timed on a warm page.
    expect((await check(page, exercise, solutions[exercise])).verdict).toBe('solved');
  }
  return page;
}

/** Puts `code` in the exercise's textarea (without focusing it, so it stays a textarea) and checks it. */
async function check(page: Page, exercise: string, code: string) {
  const card = page.locator(`section.exercise[data-exercise="${exercise}"]`);
  await card.locator('textarea').evaluate((el, text) => ((el as HTMLTextAreaElement).value = text), code);
  // Laying out the text the test put in the textarea (a megabyte on one line takes Chromium ~0.5 s) is
  // the browser's work before the learner could press Check: it is done before the counters start.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(() => Object.assign(window, { __maxGap: 0, __longestTask: 0, __since: performance.now() }));
  const started = Date.now();
  await card.locator('button.check').click();
  // While the check runs, the page must keep answering.
  const latencies: number[] = [];
  while ((await card.locator('.results').getAttribute('data-verdict')) === 'checking' && Date.now() - started < 30_000) {
    const t = Date.now();
    await page.evaluate(() => document.body.offsetHeight);
    latencies.push(Date.now() - t);
    await page.waitForTimeout(100);
  }
  return {
    verdict: await card.locator('.results').getAttribute('data-verdict'),
    text: await card.locator('.results').innerText(),
    elapsed: Date.now() - started,
    worstLatency: Math.max(0, ...latencies),
    maxFrameGap: await page.evaluate(() => (window as unknown as { __maxGap: number }).__maxGap),
    longestTask: await page.evaluate(() => (window as unknown as { __longestTask: number }).__longestTask),
    limit: Number(await card.getAttribute('data-timeout-ms')),
  };
}

/** What each case measured, written to test-results/ for the threat model's table. */
const measured: { file: string; verdict: string; ms: number; longestTask: number }[] = [];
afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/hostile-browser.json', `${JSON.stringify(measured, null, 2)}\n`);
});

describe('hostile submissions', () => {
  it('has a case for every kind of misbehaviour it promises', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(['failed', 'timeout', 'solved'], c.file).toContain(c.expected);
  });

  for (const c of cases) {
    it(`${c.file}: ends in time with a truthful verdict, the page responsive, the next check working`, async () => {
      const page = await pageFor(c.exercise);
      const result = await check(page, c.exercise, c.code);
      expect(result.verdict, result.text).toBe(c.expected);
      if (c.expected !== 'solved') expect(result.text).not.toMatch(/^Solved/);
      if (c.text) expect(result.text).toContain(c.text);
      expect(result.elapsed).toBeLessThan(result.limit + ALLOWANCE_MS);
      expect(result.worstLatency, 'main-thread round trip while the case ran (ms)').toBeLessThan(500);
      expect(result.longestTask, 'the longest main-thread task while the case ran (ms)').toBeLessThanOrEqual(200);
      measured.push({ file: c.file, verdict: result.verdict ?? '', ms: result.elapsed, longestTask: Math.round(result.longestTask) });

      const after = await check(page, c.exercise, solutions[c.exercise]);
      expect(after.verdict, after.text).toBe('solved');
    });
  }
});
