import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Lesson pages with exercises ask for the grader's two workers (the compiler,
 * ~0.5 MB compressed, and the runner) from the `<head>`, while the page
 * itself is still loading: on a slow line the download, not the CPU, is most
 * of a first check, and the page would otherwise ask only once its scripts
 * have run and a check or an idle moment starts the workers. A worker's script
 * cannot be preloaded as such, so it is preloaded as a fetch, into the
 * browser's HTTP cache, where the worker's own request finds it (the files are
 * named by content hash, so they can be cached for good). See docs/speed.md.
 *
 * Done after the build, since the workers' file names are known only then.
 */
export const WORKERS = [/^compiler\.worker-[\w-]+\.js$/, /^runner\.worker-[\w-]+\.js$/];

/** The page's Content-Security-Policy: the links go after it, so that it applies to them. */
const POLICY = /<meta http-equiv="Content-Security-Policy"[^>]*>/;

/** `html` with preload links for `hrefs` early in its `<head>`, if it holds an exercise. */
export function withWorkerPreloads(html: string, hrefs: string[]): string {
  if (!html.includes('data-exercise=') || html.includes('data-preload-worker') || !POLICY.test(html)) return html;
  const links = hrefs.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" data-preload-worker>`).join('');
  return html.replace(POLICY, (policy) => `${policy}${links}`);
}

/** Adds the preloads to every page of a built site in `dir`, whose files are served under `base`. */
export function preloadWorkersIn(dir: string, base: string): number {
  const assets = readdirSync(join(dir, '_astro'));
  const hrefs = WORKERS.flatMap((pattern) => assets.filter((name) => pattern.test(name)).map((name) => `${base}_astro/${name}`));
  let pages = 0;
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        const changed = withWorkerPreloads(html, hrefs);
        if (changed !== html) writeFileSync(path, changed), pages++;
      }
    }
  };
  walk(dir);
  return pages;
}

export function preloadWorkers(): AstroIntegration {
  let base = '/';
  return {
    name: 'course:preload-workers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`worker preloads added to ${preloadWorkersIn(fileURLToPath(dir), base)} lesson pages`);
      },
    },
  };
}
