/**
 * Where a build will be served, from the environment (read by
 * astro.config.mjs and the build scripts):
 *
 * - `COURSE_BASE`: the path the site lives under, `/` by default
 *   (`COURSE_BASE=/generators/ npm run build` for https://you.github.io/generators/).
 * - `COURSE_SITE`: the origin it is served from (`https://you.github.io`),
 *   optional: only absolute links (a sitemap, canonical URLs) need it.
 * - `COURSE_DIST`: the folder the build is written to, `dist` by default
 *   (the browser tests and the bench read the same variable).
 */
import { withSlashes } from './site-url';

export interface DeployTarget {
  /** Always starts and ends with `/`. */
  base: string;
  site: string | undefined;
  dist: string;
}

export function deployTarget(env: Record<string, string | undefined> = process.env): DeployTarget {
  const base = withSlashes((env.COURSE_BASE ?? '/').trim());
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(base) || base.split('/').some((part) => part === '.' || part === '..'))
    throw new Error(
      `COURSE_BASE="${env.COURSE_BASE}" is not a path the course can live under: use letters, digits, "-", "_", "." and "~" between slashes, like /generators/ or /courses/generators/.`,
    );
  const site = env.COURSE_SITE?.trim() || undefined;
  if (site !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(site);
    } catch {
      /* reported below */
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
      throw new Error(`COURSE_SITE="${site}" is not an origin: give the scheme and host only, like https://you.github.io (the path goes in COURSE_BASE).`);
  }
  return { base, site: site?.replace(/\/$/, ''), dist: env.COURSE_DIST?.trim() || 'dist' };
}
