/**
 * After `astro build` and Pagefind: writes dist/sw.js, the service worker,
 * with the list of every file in dist/ to precache and a version that is a
 * hash of all of them (so any change to the site is a new version).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = process.argv[2] ?? 'dist';
// Pyodide (13 MB under /pyodide/) is for learners who choose Python: it is not precached for every visitor.
const files = (function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
})(dist).filter((file) => !file.endsWith('sw.js') && !relative(dist, file).startsWith('pyodide'));

const hash = createHash('sha256');
const urls: string[] = [];
for (const file of files.sort()) {
  const path = `/${relative(dist, file).replace(/\\/g, '/')}`;
  hash.update(path).update(readFileSync(file));
  urls.push(path.replace(/index\.html$/, ''));
}
const version = hash.digest('hex').slice(0, 12);
const template = readFileSync('src/offline/service-worker.js', 'utf8');
writeFileSync(join(dist, 'sw.js'), template.replace('__COURSE_VERSION__', version).replace('__PRECACHE_URLS__', JSON.stringify(urls)));
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
console.log(`sw.js: version ${version}, ${urls.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) precached for offline use`);
