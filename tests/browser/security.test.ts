import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { serveStatic, type StaticServer } from '../../src/cli/static-server';
import { assertBuilt, DIST } from '../support/site';
import { lessonUrlOf } from '../support/lesson-of';

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

describe("the pages' Content-Security-Policy", () => {
  it('is on every kind of page, and nothing the pages do breaks it', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `${event.violatedDirective}: ${event.blockedURI} on ${location.pathname}`,
        ),
      ),
    );
    for (const path of ['/', lessonUrlOf(DIST, 'take'), '/map/', '/review/', '/search/?q=yield', '/teach/', '/teach/class/']) {
      await page.goto(server.url + path);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy, path).toContain("script-src 'self'");
      expect(policy, path).not.toContain("'unsafe-inline' 'self'");
      await page.waitForTimeout(300);
    }
    // The lesson page's grader and editor too: a check, and the editor's own style sheet.
    await page.goto(server.url + lessonUrlOf(DIST, 'take'));
    const card = page.locator('section.exercise[data-exercise="take"]');
    await card.locator('textarea').click();
    await card.locator('.cm-content').waitFor();
    await card.locator('button.check').click();
    await page.waitForFunction(() => document.querySelector('section.exercise[data-exercise="take"] .results')?.getAttribute('data-verdict') !== 'checking');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('refuses what it is there to refuse: an inline script added to a page does not run', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await page.close();
  });
});
