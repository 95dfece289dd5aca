/* The course's service worker (plain JavaScript: served as it is).
 * scripts/build-offline.ts copies it to dist/sw.js and fills in the build's
 * version and manifest: every file of the site with the SHA-256 of its bytes.
 *
 * Once installed, every page, the compiler, the libs and the hidden tests are
 * served from the cache: the course works with the network off. A new build
 * has a new manifest, so a new sw.js: it installs in the background, takes
 * over, and the page then says the course was updated. Installing a new
 * version fetches only the files whose hash changed; every other file is
 * copied from the previous version's cache, after checking that its bytes
 * still have the hash (an altered copy is fetched again).
 *
 * Groups of files that not every learner needs (the Python runtime, under
 * pyodide/) are saved only when a page asks: `{ type: 'precache', group: 'python' }`
 * posted to the controlling worker. Once saved they are served from the
 * cache, and kept up to date by later versions like the rest.
 *
 * Everything is relative to the worker's scope, so the site can be served
 * under any path (`/` or `/generators/`). */
const VERSION = '__COURSE_VERSION__';
/** Path inside the site ('' is the home page, 'map/' a page) → SHA-256 of the file (base64url, first 16 bytes). */
const FILES = __OFFLINE_FILES__;
/** Groups saved on request: name → { prefix, files: path → hash }. */
const GROUPS = __OFFLINE_GROUPS__;
const PREFIX = 'generators-course-';
const CACHE = `${PREFIX}${VERSION}`;
const SCOPE = self.registration.scope;
/** How many files are fetched at once while installing. */
const PARALLEL = 6;

const urlOf = (path) => new URL(path, SCOPE).href;

async function hashOf(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer)).subarray(0, 16);
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The caches of earlier versions, still there while this one installs. */
async function earlierCaches() {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
  return Promise.all(names.map((name) => caches.open(name)));
}

/** A copy of `url` with `hash` in one of `sources`, or null. */
async function keptCopy(sources, url, hash) {
  for (const cache of sources) {
    const response = await cache.match(url);
    if (response?.ok && (await hashOf(await response.clone().arrayBuffer())) === hash) return response;
  }
  return null;
}

/**
 * Fetches `url` and checks it has `hash`; an HTTP cache may still hold the
 * previous version, so a copy that differs is asked for again past it. The
 * response is rebuilt from its bytes: no redirect flag (a page answered
 * from a redirect cannot be served to a navigation) and no encoding headers
 * (the bytes are already decoded).
 */
async function fetchChecked(url, hash) {
  for (const cache of ['default', 'reload']) {
    const response = await fetch(url, { cache, credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
    const bytes = await response.arrayBuffer();
    if ((await hashOf(bytes)) !== hash) continue;
    const headers = new Headers(response.headers);
    for (const name of ['content-encoding', 'content-length', 'transfer-encoding']) headers.delete(name);
    return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
  }
  throw new Error(`${url} is not the file this version of the course lists`);
}

/** Puts every file of `files` in `cache`: copied from `sources` when unchanged there, fetched otherwise. */
async function saveFiles(cache, files, sources) {
  const queue = Object.entries(files);
  const next = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const [path, hash] = entry;
      const url = urlOf(path);
      const response = (await keptCopy(sources, url, hash)) ?? (await fetchChecked(url, hash));
      await cache.put(url, response);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
}

/** Whether an earlier version had saved a group (any file under its prefix). */
async function groupWasSaved(sources, group) {
  const prefix = urlOf(group.prefix);
  for (const cache of sources) if ((await cache.keys()).some((request) => request.url.startsWith(prefix))) return true;
  return false;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const sources = [cache, ...(await earlierCaches())];
      const files = { ...FILES };
      for (const group of Object.values(GROUPS)) if (await groupWasSaved(sources, group)) Object.assign(files, group.files);
      await saveFiles(cache, files, sources);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const reply = (message) => (event.ports[0] ?? event.source)?.postMessage(message);
  if (event.data === 'version') return reply({ type: 'course-version', version: VERSION });
  if (event.data?.type === 'precache') {
    const group = GROUPS[event.data.group];
    if (!group) return reply({ type: 'precached', group: event.data.group, ok: false, error: 'no such group' });
    event.waitUntil(
      caches
        .open(CACHE)
        .then((cache) => saveFiles(cache, group.files, [cache]))
        .then(
          () => reply({ type: 'precached', group: event.data.group, ok: true }),
          (error) => reply({ type: 'precached', group: event.data.group, ok: false, error: String(error) }),
        ),
    );
  }
});

/** `lesson` and `lesson/index.html` are both the page cached as `lesson/`. */
function cacheKey(url) {
  let path = url.pathname.replace(/index\.html$/, '');
  if (!/\.[a-z0-9]+$/i.test(path) && !path.endsWith('/')) path += '/';
  return url.origin + path;
}

async function respond(request, url) {
  const cache = await caches.open(CACHE);
  // A page that found a cached file altered asks again with `cache: 'reload'`
  // (src/grader/protocol/verified-fetch.ts): answer from the network, and keep that copy.
  if (request.cache === 'reload') {
    const fresh = await fetch(request);
    if (fresh.ok) await cache.put(cacheKey(url), fresh.clone());
    return fresh;
  }
  const cached = (await cache.match(cacheKey(url))) ?? (await cache.match(request, { ignoreSearch: true }));
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch {
    if (request.mode === 'navigate') {
      return new Response(
        `<!doctype html><meta charset="utf-8"><title>Offline</title><p>You are offline, and this page was not saved for offline use. Go back to the <a href="${SCOPE}">course</a>.</p>`,
        { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } },
      );
    }
    throw new Error(`offline: ${url.pathname}`);
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !url.href.startsWith(SCOPE)) return;
  event.respondWith(respond(event.request, url));
});
