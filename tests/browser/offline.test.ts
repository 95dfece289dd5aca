import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';
import { writeServiceWorker } from '../../src/offline/offline-manifest';
import { assertBuilt, BASE, checkAndWait, DIST, typeCode, serveSite } from '../support/site';
import { lessonUrlOf } from '../support/lesson-of';

const ID = 'count-up-to-generator';
const solution = readFileSync('solutions/02-generator-functions/01-count-up-to-generator/count-up-to.ts', 'utf8');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertBuilt();
  server = await serveSite();
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
    await page.evaluate((sw) => navigator.serviceWorker.register(sw).then(() => navigator.serviceWorker.ready), `${server.url}/sw.js`);
    // Tests that pass anything, put in the offline cache where the real ones were.
    const url = `${server.url}/grader/tests/${ID}.json`;
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

/** The URLs in the page's offline caches, by cache. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) all[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    return all;
  });

/** Registers the service worker at once (the page waits for a quiet moment) and waits until it controls the page. */
async function installOffline(page: Page, site: string) {
  await page.evaluate((sw) => navigator.serviceWorker.register(sw).then(() => navigator.serviceWorker.ready), `${site}/sw.js`);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}

describe('updates and groups', () => {
  // A copy of the build that plays a host: it gets a Python runtime file and, later, a new build's changes.
  let copy: string;
  let host: StaticServer;
  const LESSON = lessonUrlOf(DIST, ID).slice(1);
  const RUNTIME = 'pyodide/runtime.js';

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'course-host-'));
    cpSync(DIST, copy, { recursive: true });
    mkdirSync(join(copy, 'pyodide'), { recursive: true }); // the build has its own Pyodide there
    writeFileSync(join(copy, RUNTIME), 'globalThis.pythonRuntime = "loaded";\n');
    writeServiceWorker(copy);
    rmSync(join(copy, 'sw.js.br'), { force: true });
    rmSync(join(copy, 'sw.js.gz'), { force: true });
    host = await serveStatic(copy, { base: BASE });
  });
  afterAll(async () => {
    await host?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('saves the Python runtime only when a page asks, then serves it with the network off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.url}/`);
    await installOffline(page, host.url);
    const runtime = `${host.url}/${RUNTIME}`;
    expect(Object.values(await cachedUrls(page)).flat()).not.toContain(runtime);
    expect(host.requests.filter((r) => r.url.includes('pyodide/'))).toEqual([]);

    const reply = await page.evaluate(
      () =>
        new Promise<{ ok: boolean }>((resolve) => {
          navigator.serviceWorker.addEventListener('message', (event) => event.data?.type === 'precached' && resolve(event.data));
          navigator.serviceWorker.controller!.postMessage({ type: 'precache', group: 'python' });
        }),
    );
    expect(reply.ok).toBe(true);
    expect(Object.values(await cachedUrls(page)).flat()).toContain(runtime);
    await context.setOffline(true);
    await expect(page.evaluate((url) => fetch(url).then((r) => r.text()), runtime)).resolves.toContain('pythonRuntime');
    await context.close();
  });

  it('fetches only the files a new build changed, and fetches again a kept copy that was altered', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host.url}/`);
    await installOffline(page, host.url);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('generators-course:v1:course-version')), { timeout: 10_000 }).not.toBeNull();
    const [before] = Object.keys(await cachedUrls(page));

    // The new build: one lesson's text changed (with no precompressed copies of it).
    const lessonFile = join(copy, LESSON, 'index.html');
    writeFileSync(lessonFile, readFileSync(lessonFile, 'utf8').replace('</main>', '<p>Added in the new build.</p></main>'));
    rmSync(`${lessonFile}.br`, { force: true });
    rmSync(`${lessonFile}.gz`, { force: true });
    writeServiceWorker(copy);
    // An unchanged file whose offline copy was altered in the browser meanwhile.
    await page.evaluate(async (url) => {
      const cache = await caches.open((await caches.keys())[0]);
      await cache.put(url, new Response('altered', { headers: { 'content-type': 'text/html' } }));
    }, `${host.url}/map/`);

    host.requests.length = 0;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    await expect.poll(async () => Object.keys(await cachedUrls(page)), { timeout: 20_000 }).not.toEqual([before]);
    await expect.poll(async () => Object.keys(await cachedUrls(page)).length, { timeout: 20_000 }).toBe(1);
    expect(host.requests.map((r) => r.url).sort()).toEqual([`${BASE}${LESSON}`, `${BASE}map/`, `${BASE}sw.js`].sort());

    const cached = (path: string) => page.evaluate(async (url) => (await caches.match(url))?.text(), `${host.url}/${path}`);
    await expect(cached(LESSON)).resolves.toContain('Added in the new build.');
    await expect(cached('map/')).resolves.toBe(readFileSync(join(copy, 'map/index.html'), 'utf8'));
    await page.reload();
    await expect(page.locator('.course-updated').innerText({ timeout: 10_000 })).resolves.toContain('The course was updated since your last visit');
    await context.close();
  });
});
