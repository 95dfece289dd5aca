/**
 * The course served as a static host serves it, under its base path: `/` in
 * the browser suite, and `/generators/` when `npm run verify` runs this file
 * again on a build made with COURSE_BASE=/generators/. A learner walks from
 * the home page through links only (navigation, lesson, course map, search,
 * "continue", a teacher's link, a missing page), and nothing the pages ask
 * for may leave the base or be missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import type { StaticServer } from '../../src/cli/static-server';
import { assertBuilt, BASE, checkAndWait, serveSite, typeCode } from '../support/site';

const ID = 'count-up-to-class';
const solution = readFileSync('solutions/01-iterables/01-count-up-to-class/count-up-to.ts', 'utf8');

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

/** A page in a fresh browser context; collects script errors. */
async function freshPage(): Promise<Page & { problems: string[] }> {
  const context = await browser.newContext();
  const page = (await context.newPage()) as Page & { problems: string[] };
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(error.message));
  return page;
}

/** Every link target on the page that is a path on this origin (not `#…`, not another site). */
const sameOriginPaths = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => a.origin === location.origin && a.getAttribute('href')?.[0] !== '#')
      .map((a) => a.pathname),
  );

describe(`the course served under ${BASE}`, () => {
  it('links lead from the home page to a lesson, which is solved, and "continue" leads back to it', async () => {
    const page = await freshPage();
    await page.goto(`${server.url}/`);
    for (const path of await sameOriginPaths(page)) expect(path.startsWith(BASE), `${path} is outside ${BASE}`).toBe(true);

    await page.getByRole('link', { name: /^Start with/ }).click();
    await page.locator('h1').waitFor();
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    const asked = server.requests.length;
    await page.locator(`.sidebar a[data-exercises*="${ID}"]`).click();
    await page.locator(`section.exercise[data-exercise="${ID}"]`).waitFor();
    const lesson = new URL(page.url()).pathname;
    await typeCode(page, ID, solution);
    const { verdict, text } = await checkAndWait(page, ID, 30_000);
    expect(verdict, text).toBe('solved');
    // The grader's workers came from under the base too, compressed as the build wrote them.
    const workers = server.requests.slice(asked).filter((r) => /\/_astro\/(compiler|runner)\.worker-/.test(r.url));
    expect(workers.map((r) => r.url.replace(/-[\w-]+\.js$/, '')).sort()).toEqual([`${BASE}_astro/compiler.worker`, `${BASE}_astro/runner.worker`]);
    expect(workers.map((r) => r.encoding)).toEqual(['br', 'br']);

    await page.locator('.site-nav').getByRole('link', { name: 'Course map' }).click();
    // The badges are filled in by the map's script, from what this browser saved.
    await expect.poll(() => page.locator(`[data-exercise="${ID}"] .state-badge`).innerText()).toBe('Solved');
    await page.locator('.brand').click();
    // The link is filled in, and shown, by the page's script.
    const resume = page.locator('[data-continue] a');
    await resume.waitFor({ state: 'visible' });
    await expect(resume.getAttribute('href')).resolves.toBe(lesson);
    await resume.click();
    await expect(page.locator(`.sidebar a[aria-current="page"]`).getAttribute('href')).resolves.toBe(lesson);
    expect(page.problems).toEqual([]);
  });

  it('finds a lesson with search and opens it', async () => {
    const page = await freshPage();
    await page.goto(`${server.url}/`);
    await page.locator('.site-nav').getByRole('link', { name: 'Search' }).click();
    await page.locator('[data-search-form] input').fill('yield');
    await page.locator('[data-search-form] input').press('Enter');
    const first = page.locator('[data-search-results] a').first();
    await first.waitFor({ timeout: 10_000 });
    await expect(first.getAttribute('href')).resolves.toMatch(new RegExp(`^${BASE}[a-z0-9-]+/[a-z0-9-]+/`));
    await first.click();
    await expect(page.locator('.sidebar a[aria-current="page"]').count()).resolves.toBe(1);
    expect(page.problems).toEqual([]);
  });

  it('gives a teacher links under the base, and the student’s link leads to the lesson', async () => {
    const page = await freshPage();
    await page.goto(`${server.url}/`);
    await page.locator('.site-nav').getByRole('link', { name: 'For teachers' }).click();
    await page.locator('#assignment-title').fill('Week 1');
    await page.locator(`input[name="exercise"][value="${ID}"]`).check();
    await page.getByRole('button', { name: 'Make the links' }).click();
    const student = await page.locator('#student-link').inputValue();
    expect(student).toMatch(new RegExp(`^${server.url}/teach/assignment/#a=[A-Za-z0-9_-]+$`));
    await expect(page.locator('#class-link').inputValue()).resolves.toBe(student.replace('/teach/assignment/', '/teach/class/'));
    await page.goto(student);
    await page.locator('.assignment-exercises li a').first().click();
    await page.locator(`section.exercise[data-exercise="${ID}"]`).waitFor();
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    expect(page.problems).toEqual([]);
  });

  it('shows the course’s own “not found” page, styled and linked, at any depth', async () => {
    const page = await freshPage();
    const response = await page.goto(`${server.url}/no-such-chapter/no-such-lesson/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('This page is not part of the course');
    // The course's style sheet applied (the header is laid out as a flex row by it).
    await expect(page.locator('.site-header').evaluate((el) => getComputedStyle(el).display)).resolves.toBe('flex');
    await page.getByRole('link', { name: 'Open the course map' }).click();
    await expect(page.locator('h1').innerText()).resolves.not.toBe('');
    expect(new URL(page.url()).pathname).toBe(`${BASE}map/`);
    expect(page.problems).toEqual([]);
  });

  it('asked for nothing outside the base, and nothing it asked for was missing', () => {
    const missing = server.requests.filter((r) => r.status === 404 && !r.url.includes('no-such-chapter'));
    expect(missing.map((r) => r.url)).toEqual([]);
    expect(server.requests.filter((r) => !r.url.startsWith(BASE)).map((r) => r.url)).toEqual([]);
  });
});
