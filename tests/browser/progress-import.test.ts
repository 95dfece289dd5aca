import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';
import { assertBuilt, checkAndWait, DIST, typeCode } from '../support/site';

const LESSON = '/iterables/iterator-protocol/';
const ID = 'count-up-to-class';
const solution = readFileSync('solutions/01-iterables/01-count-up-to-class/count-up-to.ts', 'utf8');

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

/** A valid progress file: `count` exercises (real ids), each with `size` characters of code. */
function progressFile(ids: string[], size: number): string {
  const exercises = Object.fromEntries(
    ids.map((id) => [id, { code: `// imported ${id}\n${'/'.repeat(size)}\n`, state: 'attempted', checks: 1, hintsShown: 0 }]),
  );
  return JSON.stringify({ format: 'generators-course/progress', version: 1, exportedAt: new Date().toISOString(), source: 'browser', exercises });
}

/** Fills the site's localStorage to the brim with filler keys; returns how many characters they hold. */
function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let held = 0;
    let n = 0;
    for (let chunk = 1 << 20; chunk >= 64; chunk >>= 1) {
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, 'f'.repeat(chunk));
          n += 1;
          held += chunk;
        } catch {
          break;
        }
      }
    }
    return held;
  });
}

const ourKeys = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('generators-course:'))
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );

async function importFile(page: Page, path: string) {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('[data-import]').setInputFiles(path);
}

describe('importing progress on the course map', () => {
  it('loses nothing when storage is full: the saved code and the solved state stay, and the message fits the map', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + LESSON);
    await typeCode(page, ID, solution);
    expect((await checkAndWait(page, ID)).verdict).toBe('solved');
    await page.goto(`${server.url}/map/`);
    await expect(page.locator(`[data-exercise="${ID}"] .state-badge`).innerText()).resolves.toBe('Solved');
    const before = await ourKeys(page);

    // A valid file of 21 exercises, about 1.5 MB: more than the room left once storage is full.
    const ids = await page.locator('[data-exercise]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.exercise!).slice(0, 21));
    const file = join(tmpdir(), `progress-big-${Date.now()}.json`);
    writeFileSync(file, progressFile(ids, 70_000));
    expect(await fillStorage(page)).toBeGreaterThan(1_000_000);
    await importFile(page, file);
    const status = page.locator('.transfer-status');
    await expect.poll(() => status.innerText()).toContain('was not imported');
    const message = await status.innerText();
    expect(message).toContain('no room for it beside your current progress');
    expect(message).toContain('Your progress in this browser is unchanged.');
    expect(message).not.toMatch(/editor/i);
    expect(await ourKeys(page)).toEqual(before);
    await expect(page.locator(`[data-exercise="${ID}"] .state-badge`).innerText()).resolves.toBe('Solved');

    // With room again, the same file imports, in one piece, and nothing of the old records is left.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
    });
    await importFile(page, file);
    await expect.poll(() => status.innerText()).toContain(`Imported ${ids.length} exercises`);
    await expect(page.locator(`[data-exercise="${ID}"] .state-badge`).innerText()).resolves.toBe('Attempted');
    await page.goto(server.url + LESSON);
    await expect
      .poll(() =>
        page
          .locator(`section.exercise[data-exercise="${ID}"] .cm-content, section.exercise[data-exercise="${ID}"] textarea`)
          .first()
          .evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText)),
      )
      .toContain(`// imported ${ID}`);
    const after = await ourKeys(page);
    expect(Object.values(after).some((value) => value?.includes('CountUpTo'))).toBe(false);
    await context.close();
  }, 180_000);

  it('refuses a file too large to be a progress file before reading it, and changes nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + LESSON);
    await typeCode(page, ID, '// keep me\n');
    await page.goto(`${server.url}/map/`);
    const before = await ourKeys(page);
    const file = join(tmpdir(), `progress-21mb-${Date.now()}.json`);
    writeFileSync(file, progressFile([ID], 21_000_000));
    await importFile(page, file);
    const status = page.locator('.transfer-status');
    await expect.poll(() => status.innerText()).toContain('was not imported: it is 21.0 MB, and a progress file of this course is at most 2.0 MB');
    expect(await ourKeys(page)).toEqual(before);
    await context.close();
  }, 120_000);
});
