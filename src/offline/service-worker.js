/* The course's service worker (plain JavaScript: served as it is).
 * scripts/build-offline.ts copies it to dist/sw.js and replaces the two
 * placeholders with the build's version and the list of every file it built.
 * Once installed, every page, the compiler, the libs and the hidden tests are
 * served from the cache: the course works with the network off. A new build
 * has a new version: it installs in the background and takes over on the
 * next visit, and the page then says the course was updated. */
const VERSION = '__COURSE_VERSION__';
const PRECACHE = __PRECACHE_URLS__;
const CACHE = `generators-course-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('generators-course-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'version') event.source?.postMessage({ type: 'course-version', version: VERSION });
});

/** `/lesson` and `/lesson/index.html` are both the page cached as `/lesson/`. */
function cacheKey(url) {
  const path = url.pathname.replace(/index\.html$/, '');
  if (!/\.[a-z0-9]+$/i.test(path) && !path.endsWith('/')) return `${path}/`;
  return path;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // A page that found a cached file altered asks again with `cache: 'reload'`
      // (src/grader/protocol/verified-fetch.ts): answer from the network, and keep that copy.
      if (event.request.cache === 'reload') {
        const fresh = await fetch(event.request);
        if (fresh.ok) await cache.put(cacheKey(url), fresh.clone());
        return fresh;
      }
      const cached = (await cache.match(cacheKey(url))) ?? (await cache.match(event.request, { ignoreSearch: true }));
      if (cached) return cached;
      try {
        return await fetch(event.request);
      } catch {
        if (event.request.mode === 'navigate') {
          return new Response(
            '<!doctype html><meta charset="utf-8"><title>Offline</title><p>You are offline, and this page was not saved for offline use. Go back to the <a href="/">course</a>.</p>',
            {
              status: 503,
              headers: { 'content-type': 'text/html; charset=utf-8' },
            },
          );
        }
        throw new Error(`offline: ${url.pathname}`);
      }
    }),
  );
});
