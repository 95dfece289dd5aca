import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The offline manifest of a build (scripts/build-offline.ts puts it in sw.js):
 * each file's path inside the site, as the service worker requests it, with
 * the hash of its bytes. Pure but for Node's hash.
 */
export interface OfflineManifest {
  /** A hash of the whole manifest: any change to any file is a new version. */
  version: string;
  /** Saved on install: path ('' for the home page, `map/` for map/index.html) → hash. */
  files: Record<string, string>;
  /** Saved when a page asks: name → the path prefix its files share and their hashes. */
  groups: Record<string, { prefix: string; files: Record<string, string> }>;
}

/** Groups of files not every learner needs. */
export const OFFLINE_GROUPS: Record<string, string> = { python: 'pyodide/' };

/** What is never listed: the worker itself, and the precompressed copies a host serves in place of their files. */
const UNLISTED = /(^|\/)sw\.js$|\.(br|gz)$|^_headers$|^\.nojekyll$/;

/** SHA-256, first 16 bytes, base64url: what the service worker computes with crypto.subtle to check a copy. */
export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest().subarray(0, 16).toString('base64url');
}

/** `iterables/index.html` is requested as `iterables/`, `index.html` as ''. */
export function requestPath(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

export function offlineManifest(files: string[], read: (file: string) => Uint8Array): OfflineManifest {
  const manifest: OfflineManifest = { version: '', files: {}, groups: {} };
  for (const [name, prefix] of Object.entries(OFFLINE_GROUPS)) manifest.groups[name] = { prefix, files: {} };
  for (const file of [...files].sort()) {
    if (UNLISTED.test(file)) continue;
    const group = Object.values(manifest.groups).find((g) => file.startsWith(g.prefix));
    (group ? group.files : manifest.files)[requestPath(file)] = fileHash(read(file));
  }
  manifest.version = createHash('sha256')
    .update(JSON.stringify([manifest.files, manifest.groups]))
    .digest('hex')
    .slice(0, 12);
  return manifest;
}

/**
 * Writes `<dist>/sw.js`: the service worker (src/offline/service-worker.js)
 * with `dist`'s manifest filled in. Returns the manifest.
 */
export function writeServiceWorker(dist: string, template = readFileSync('src/offline/service-worker.js', 'utf8')): OfflineManifest {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  const files = walk(dist).map((file) => relative(dist, file).replace(/\\/g, '/'));
  const manifest = offlineManifest(files, (file) => readFileSync(join(dist, file)));
  writeFileSync(
    join(dist, 'sw.js'),
    template
      .replace('__COURSE_VERSION__', () => manifest.version)
      .replace('__OFFLINE_FILES__', () => JSON.stringify(manifest.files))
      .replace('__OFFLINE_GROUPS__', () => JSON.stringify(manifest.groups)),
  );
  return manifest;
}

/** The file in dist/ a manifest path names (`map/` is map/index.html). */
export function fileOfPath(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
