import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';
import { assertBuilt, DIST } from '../support/site';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built page that holds project `id`'s card. */
function projectPage(id: string): string {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name === 'index.html' ? [path] : [];
    });
  const page = walk(DIST).find((file) => readFileSync(file, 'utf8').includes(`data-project="${id}"`));
  if (!page) throw new Error(`No built page holds project "${id}"`);
  return `/${relative(DIST, page).replace(/index\.html$/, '')}`;
}

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

describe('a project on its lesson page', () => {
  it('shows its files, milestones and hints, sends the learner to npm test, and has no editor that could not grade it', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url + projectPage('log-analyser'));
    const card = page.locator('section[data-project="log-analyser"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('.project-files li').allTextContents()).toEqual(['analyser.ts', 'parse.ts', 'batch.ts']);
    expect(await card.locator('.project-milestones li').count()).toBe(4);
    expect(await card.textContent()).toContain('npm test -- log-analyser --milestone 1');
    expect(await card.locator('textarea, button.check').count()).toBe(0);
    expect(await page.locator('section.exercise[data-exercise="log-analyser"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
