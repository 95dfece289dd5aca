/**
 * Where the site is served: at the root of a host (`/`) or under a path
 * (`/generators/` on GitHub Pages), set at build time by COURSE_BASE
 * (src/hosting/deploy-target.ts). Every link, fetch, worker URL and saved
 * lesson address goes through these helpers, so the same build works at any
 * base; `npm run lint` refuses a new root-absolute path in the site's code
 * (scripts/check-site-paths.ts).
 *
 * Runs everywhere: Vite replaces `import.meta.env` in pages, workers and the
 * build; in plain Node (the command-line tools) there is none, and the base is `/`.
 */
const fromBuild = (import.meta as ImportMeta & { env?: { BASE_URL?: string } }).env?.BASE_URL;

/** The base path, always starting and ending with `/`: `/` or `/generators/`. */
export const BASE = withSlashes(fromBuild ?? '/');

/** `generators`, `/generators` and `/generators/` are all `/generators/`; an empty path is `/`. */
export function withSlashes(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/'; // site-path-ok: makes the base
}

/**
 * The URL path of a page or file of the course, from its path inside the
 * site: `siteUrl('map/')` and `siteUrl('/map/')` are `/generators/map/`
 * under that base. A URL with a scheme, `#…` or `?…` is returned as it is.
 */
export function siteUrl(path = '', base = BASE): string {
  if (/^[a-z][a-z0-9+.-]*:|^[#?]/i.test(path)) return path;
  return base + path.replace(/^\/+/, '');
}

/**
 * The course path of a URL path on this site (what is saved, so saved
 * addresses do not depend on where the course is hosted): `/generators/map/`
 * is `/map/`. Null for a path outside the base.
 */
export function coursePath(pathname: string, base = BASE): string | null {
  if (!pathname.startsWith('/')) return null;
  if (pathname === base.slice(0, -1)) return '/';
  if (!pathname.startsWith(base)) return null;
  return `/${pathname.slice(base.length)}`; // site-path-ok: a course path, not a URL
}
