import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { serveStatic, type ServeOptions } from '../../src/cli/static-server';

/** The built site under test: `dist/` of the course (built by `npm run build` before the browser tests). */
export const DIST = resolve(process.env.COURSE_DIST ?? 'dist');
/** The path it was built to be served under (COURSE_BASE, as for `npm run build`): `npm run verify` runs some files at `/generators/` too. */
export const BASE = process.env.COURSE_BASE ?? '/';

/** Serves the built site under its base, as a static host would; `server.url` includes the base. */
export function serveSite(options: Omit<ServeOptions, 'base'> = {}) {
  return serveStatic(DIST, { ...options, base: BASE });
}

export function assertBuilt() {
  if (!existsSync(resolve(DIST, 'index.html'))) throw new Error(`No built site at ${DIST}: run "npm run build" first`);
}

/** Replaces the code of the exercise `id` on the page with `code`, as a learner typing would. */
export async function typeCode(page: Page, id: string, code: string) {
  const card = page.locator(`section.exercise[data-exercise="${id}"]`);
  await card.locator('textarea, .cm-content').first().click();
  const content = card.locator('.cm-content');
  await content.waitFor();
  await content.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText puts the text in as one edit, without the editor's auto-indent.
  await page.keyboard.insertText(code);
}

/** Clicks Check and waits for the verdict; returns the results panel's state and text. */
export async function checkAndWait(page: Page, id: string, timeout = 20_000) {
  const card = page.locator(`section.exercise[data-exercise="${id}"]`);
  await card.locator('button.check').click();
  const results = card.locator('.results');
  // The last verdict stays in place while the check runs (data-verdict="checking").
  await page.waitForFunction(
    (id) => {
      const box = document.querySelector<HTMLElement>(`section.exercise[data-exercise="${id}"] .results`);
      return !!box && box.dataset.verdict !== 'checking' && !!box.querySelector('.headline');
    },
    id,
    { timeout },
  );
  return { verdict: await results.getAttribute('data-verdict'), text: (await results.innerText()).trim() };
}
