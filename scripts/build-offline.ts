/**
 * After `astro build` and Pagefind: writes dist/sw.js, the service worker
 * (src/offline/service-worker.js), with the build's offline manifest: every
 * file in dist/ with the SHA-256 of its bytes, and a version that is a hash
 * of the manifest. A returning learner's browser fetches only the files whose
 * hash changed. Files under pyodide/ (the Python runtime) form the group
 * "python", saved only when a page asks for it.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfPath, writeServiceWorker } from '../src/offline/offline-manifest';

const dist = process.argv[2] ?? 'dist';
const manifest = writeServiceWorker(dist);
const megabytes = (paths: string[]) => (paths.reduce((n, path) => n + statSync(join(dist, fileOfPath(path))).size, 0) / 1024 / 1024).toFixed(1);
const saved = Object.keys(manifest.files);
const groups = Object.entries(manifest.groups)
  .filter(([, group]) => Object.keys(group.files).length > 0)
  .map(([name, group]) => `; ${name}: ${Object.keys(group.files).length} files (${megabytes(Object.keys(group.files))} MB) when a page asks`);
console.log(`sw.js: version ${manifest.version}, ${saved.length} files (${megabytes(saved)} MB) saved for offline use${groups.join('')}`);
