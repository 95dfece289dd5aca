import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';
import { assertBuilt, checkAndWait, DIST, typeCode } from '../support/site';
import { lessonUrlOf } from '../support/lesson-of';

const ID = 'count-up-to-generator';
const solution = readFileSync('solutions/02-generator-functions/01-count-up-to-generator/count-up-to.ts', 'utf8');

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

describe('offline', () => {
  it('after one visit, opens a lesson not yet visited and solves its exercise with the network off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    // The service worker precaches the whole site before it activates.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    await context.setOffline(true);
    await page.goto(server.url + lessonUrlOf(DIST, ID));
    await expect(page.locator('h1').innerText()).resolves.not.toBe('');
    await typeCode(page, ID, solution);
    const { verdict, text } = await checkAndWait(page, ID, 30_000);
    expect(verdict, text).toBe('solved');

    await page.goto(`${server.url}/search/?q=yield`);
    await expect.poll(() => page.locator('[data-search-results] li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await context.close();
  });

  it('refuses an altered offline copy of the tests, fetches the real one again, and grades with it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + lessonUrlOf(DIST, ID));
    await page.evaluate(() => navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready));
    // Tests that pass anything, put in the offline cache where the real ones were.
    const url = `/grader/tests/${ID}.json`;
    const fake = JSON.stringify({
      source: "import { it } from 'vitest'; it('passes', () => {});",
      compiled: { js: "require('vitest').it('passes', () => {});", diagnostics: [] },
    });
    const replaced = await page.evaluate(
      async ({ url, fake }) => {
        let count = 0;
        for (const key of await caches.keys()) {
          const cache = await caches.open(key);
          if (await cache.match(url)) await cache.put(url, new Response(fake, { headers: { 'content-type': 'application/json' } })), count++;
        }
        return count;
      },
      { url, fake },
    );
    expect(replaced).toBe(1);
    await page.reload();
    const stub = readFileSync('exercises/02-generator-functions/01-count-up-to-generator/count-up-to.ts', 'utf8');
    await typeCode(page, ID, stub);
    const { verdict, text } = await checkAndWait(page, ID, 30_000);
    expect(verdict, text).toBe('failed');
    const cached = await page.evaluate(async (url) => (await caches.match(url))?.text(), url);
    expect(cached).toBe(readFileSync(join(DIST, 'grader/tests', `${ID}.json`), 'utf8'));
    await context.close();
  });

  it('tells the learner when a new version of the course has taken over', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    // The page records the version it saw on this first visit…
    await expect.poll(() => page.evaluate(() => localStorage.getItem('generators-course:v1:course-version')), { timeout: 10_000 }).not.toBeNull();
    // …and pretends it was an older build, as after a course update.
    await page.evaluate(() => localStorage.setItem('generators-course:v1:course-version', 'an-older-build'));
    await page.reload();
    await expect(page.locator('.course-updated').innerText({ timeout: 10_000 })).resolves.toContain('The course was updated since your last visit');
    await page.reload();
    await page.waitForTimeout(500);
    await expect(page.locator('.course-updated').count()).resolves.toBe(0);
    await context.close();
  });
});
