/**
 * `npx tsx scripts/page-audit.ts`: every built page (dist/, from `npm run build`)
 * at phone and desktop width, in the light and the dark theme: axe's
 * violations (WCAG 2.1 A/AA), how wide the page is at 390 px once every
 * lazily mounted part is in place, and how many Tab presses take a keyboard
 * user from the top of each lesson to its first Check button.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium } from '../src/cli/chromium';
import { serveStatic } from '../src/cli/static-server';
import { axeViolations } from '../tests/support/axe';

const DIST = process.env.COURSE_DIST ?? 'dist';
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['_astro', 'pagefind', 'grader'].includes(name) ? [] : walk(path);
    return name === 'index.html' ? [path] : [];
  });
const files = walk(DIST);
const pages = files.map((file) => `/${relative(DIST, file).replace(/index\.html$/, '')}`).sort();
const lessons = pages.filter((_, i) => readFileSync(files[i], 'utf8').includes('class="exercise"'));

const server = await serveStatic(join(process.cwd(), DIST));
const browser = await launchChromium();
const violations: string[] = [];
const widths: { path: string; width: number }[] = [];
const tabs: { path: string; presses: number }[] = [];
try {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ]) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.url + path);
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 400) {
            scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 30));
          }
          scrollTo(0, 0);
        });
        await page.waitForTimeout(800);
        if (width === 390 && scheme === 'light') widths.push({ path, width: await page.evaluate(() => document.documentElement.scrollWidth) });
        for (const v of await axeViolations(page)) violations.push(`${width} px ${scheme} ${path}: ${v}`);
      }
      await context.close();
    }
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  for (const path of lessons) {
    await page.goto(server.url + path);
    let presses = 0;
    while (presses < 300 && !(await page.evaluate(() => document.activeElement?.matches('section.exercise button.check') ?? false))) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    tabs.push({ path, presses });
  }
} finally {
  await browser.close();
  await server.close();
}
widths.sort((a, b) => b.width - a.width);
console.log(`axe: ${violations.length} violations over ${pages.length} pages × 2 widths × 2 themes`);
for (const line of violations) console.log(`  ${line}`);
console.log(`widest page at 390 px: ${widths[0].width} px (${widths[0].path})`);
tabs.sort((a, b) => a.presses - b.presses);
const median = tabs[Math.floor(tabs.length / 2)];
console.log(
  `Tab presses from the top of a lesson to its first Check: ${tabs[0].presses}–${tabs.at(-1)!.presses} (median ${median.presses}) over ${tabs.length} lessons`,
);
for (const { path, presses } of tabs) console.log(`  ${String(presses).padStart(3)} ${path}`);
