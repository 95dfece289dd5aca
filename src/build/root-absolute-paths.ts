/**
 * Finds root-absolute paths (`'/map/'`, `href="/"`, `](/lesson/)`) in the
 * site's code and lessons. Under a base path (`/generators/`) such a path
 * leaves the course, so every one goes through `siteUrl` (src/hosting/site-url.ts);
 * `npm run lint` runs this over the site (scripts/check-site-paths.ts). A line
 * that means a root path on purpose (a virtual file system, a regular
 * expression over saved course paths) says so with `site-path-ok` in a
 * comment on it or on the line before.
 */
export interface RootPath {
  line: number;
  text: string;
}

/** An attribute that takes a URL, given a literal starting with one `/`. */
const ATTRIBUTE = /\b(?:href|src|action|formaction|poster|srcset|data-[\w-]*url)\s*=\s*\{?\s*["'`]\/(?![/*])/i;
/** A whole string literal, without spaces, that starts with one `/`: `'/sw.js'`, `` `/${key}/` `` (not `'/'` alone, as in split('/')). */
const LITERAL = /(["'`])\/(?![/*])[^\s"'`]+\1/;
/** A Markdown link or image to a root path: `[text](/lesson/)`. */
const MARKDOWN = /\]\(\/(?![/*])/;
const COMMENT = /^\s*(\/\/|\/?\*)/;

export function findRootPaths(source: string, kind: 'code' | 'markdown'): RootPath[] {
  const lines = source.split('\n');
  const found: RootPath[] = [];
  lines.forEach((text, i) => {
    if (/site-path-ok/.test(text) || /site-path-ok/.test(lines[i - 1] ?? '')) return;
    const hit = kind === 'markdown' ? MARKDOWN.test(text) || ATTRIBUTE.test(text) : !COMMENT.test(text) && (ATTRIBUTE.test(text) || LITERAL.test(text));
    if (hit) found.push({ line: i + 1, text: text.trim() });
  });
  return found;
}
