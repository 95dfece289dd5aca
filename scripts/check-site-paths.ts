/**
 * Part of `npm run lint`: fails on a root-absolute path in the site's code or
 * lessons (src/build/root-absolute-paths.ts says what counts), since it would
 * break the course served under a sub-path (COURSE_BASE=/generators/).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findRootPaths } from '../src/build/root-absolute-paths';

/** Code that never makes a URL of the site: Node tools, the compiler's virtual file system, the build's plugins. */
const NOT_SITE = ['src/cli/', 'src/samples/', 'src/grader/build/', 'src/grader/compiler/', 'src/grader/learner-types/'];

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const files = [...walk('src'), ...walk('content'), 'astro.config.mjs']
  .map((file) => relative('.', file).replace(/\\/g, '/'))
  .filter((file) => /\.(ts|js|mjs|astro|mdx|md)$/.test(file) && !file.endsWith('.d.ts') && !NOT_SITE.some((dir) => file.startsWith(dir)));

let problems = 0;
for (const file of files) {
  for (const { line, text } of findRootPaths(readFileSync(file, 'utf8'), /\.mdx?$/.test(file) ? 'markdown' : 'code')) {
    problems++;
    console.error(`${file}:${line}: a root-absolute path breaks the course under a sub-path; use siteUrl() from src/hosting/site-url.ts\n    ${text}`);
  }
}
if (problems > 0) {
  console.error(`\n${problems} root-absolute path${problems === 1 ? '' : 's'} (mark a deliberate one with a "site-path-ok" comment)`);
  process.exit(1);
}
