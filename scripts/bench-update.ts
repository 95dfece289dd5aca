/// <reference lib="dom" />
// The functions this module hands to page.evaluate run in the page.
/**
 * What a returning learner's browser downloads when the course is updated,
 * for `npm run bench`: the course is built three times from a copy of the
 * project (as it is, with one lesson's text changed, with a change to the
 * grader's runner), a browser saves the first build for offline use, the
 * host's files are replaced by the next build's, and every request the
 * browser then makes until the new version has taken over is counted.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../src/cli/static-server';

export interface UpdateCost {
  requests: number;
  /** Bytes of the responses' bodies as sent (compressed). */
  bytes: number;
  /** What was requested, with bytes. */
  files: string[];
}

/** The lesson and the grader file changed, and how. */
const LESSON = 'content/03-laziness/03-infinite-sequences.mdx';
const GRADER = 'src/grader/runner/harness.ts';

function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'course-update-'));
  const files = spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(file, join(root, file));
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

function build(root: string, dist: string) {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, env: { ...process.env, COURSE_DIST: dist, COURSE_BASE: '/' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the build in ${root} failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
}

/** Builds the three versions; returns their folders and the copy to remove afterwards. */
export function buildVersions(): { root: string; before: string; lesson: string; grader: string } {
  const root = copyProject();
  const before = join(root, 'dist-before');
  const lesson = join(root, 'dist-lesson');
  const grader = join(root, 'dist-grader');
  build(root, before);
  const lessonText = readFileSync(join(root, LESSON), 'utf8');
  writeFileSync(join(root, LESSON), `${lessonText}\nOne more sentence, as a teacher's correction would add.\n`);
  build(root, lesson);
  writeFileSync(join(root, LESSON), lessonText);
  const graderText = readFileSync(join(root, GRADER), 'utf8');
  const MESSAGE = 'was called inside a test;';
  if (!graderText.includes(MESSAGE)) throw new Error(`${GRADER} changed: pick another grader change for the bench`);
  // A real change to what the runner says (a word of a message), not a comment the minifier drops.
  writeFileSync(join(root, GRADER), graderText.replace(MESSAGE, 'was called inside a test body;'));
  build(root, grader);
  return { root, before, lesson, grader };
}

/** Serves `before`, lets a browser save it offline, puts `after` in its place and counts what the update fetches. */
export async function updateCost(browser: Browser, before: string, after: string): Promise<UpdateCost> {
  const host = mkdtempSync(join(tmpdir(), 'course-host-'));
  cpSync(before, host, { recursive: true });
  const server = await serveStatic(host);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate((sw) => navigator.serviceWorker.register(sw).then(() => navigator.serviceWorker.ready), `${server.url}/sw.js`);
    const [first] = await page.evaluate(() => caches.keys());
    rmSync(host, { recursive: true });
    cpSync(after, host, { recursive: true });
    server.requests.length = 0;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    // The new version has taken over when its cache is the only one left.
    const started = Date.now();
    for (;;) {
      const keys = await page.evaluate(() => caches.keys());
      if (keys.length === 1 && keys[0] !== first) break;
      if (Date.now() - started > 120_000) throw new Error('the new version did not take over within two minutes');
      await page.waitForTimeout(100);
    }
    return {
      requests: server.requests.length,
      bytes: server.requests.reduce((sum, r) => sum + r.bytes, 0),
      files: server.requests.map((r) => `${r.url} (${(r.bytes / 1024).toFixed(1)} KB${r.encoding ? ` ${r.encoding}` : ''}, ${r.status})`),
    };
  } finally {
    await context.close();
    await server.close();
    rmSync(host, { recursive: true, force: true });
  }
}
