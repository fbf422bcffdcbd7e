/* Sourcebook's service worker. The build prepends `self.__OFFLINE__ = { version, cache, shell }`:
   the cache named after a hash of this build's files, and what every page needs (styles, scripts,
   the search runtime and its entry files). Installing stores those and the page being read; later
   pages and search files are kept as they are fetched; "Save the whole site" (in the page) adds
   everything else to the same cache. Activating deletes every other build's cache, so a reader
   never gets the pages of one build with the scripts or index of another. */
const { cache: CACHE, shell } = self.__OFFLINE__;
const PREFIX = 'sourcebook-';

// Pages arrive with `?pagefind-highlight=…`; Pagefind asks for its entry file with
// `?ts=<now>` (always this build's). Both are the same file to us, stored without the query.
const storedUrl = (url) => {
  const u = new URL(url);
  if (u.pathname.endsWith('/pagefind/pagefind-entry.json') || !/\.[a-z0-9]+$/i.test(u.pathname) || u.pathname.endsWith('.html')) u.search = '';
  u.hash = '';
  return u.href;
};
const NEVER_STORED = /\/(sw\.js|offline-manifest\.json|[^/]+\.zip)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `no-cache` revalidates: the files must be this build's, and an unchanged one costs a 304.
      await cache.addAll(shell.map((url) => new Request(url, { cache: 'no-cache' })));
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const pages = windows.map((w) => storedUrl(w.url)).filter((url) => url.startsWith(self.registration.scope));
      await Promise.all(
        pages.map(async (url) => {
          const response = await fetch(url, { cache: 'no-cache' }).catch(() => undefined);
          if (response?.ok) await cache.put(url, response);
        }),
      );
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
      // Take over the page that installed us, so it can read and search offline without a reload.
      await self.clients.claim();
    })(),
  );
});

// The page's "Reload for the new version" asks the waiting worker to take over.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

const offlinePage = () =>
  new Response(
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title>' +
      '<p>This page has not been saved for offline reading, and the network cannot be reached.</p>' +
      `<p><a href="${self.registration.scope}">Home page</a> (pages you have read are kept for offline reading)</p>`,
    { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" } },
  );

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !request.url.startsWith(self.registration.scope)) return;
  // "Save the whole site" stores what it fetches itself (and knows when it is done): let it through.
  if (NEVER_STORED.test(url.pathname) || request.headers.has('x-sourcebook-save')) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const key = storedUrl(request.url);
      const cached = await cache.match(key);
      if (cached) return cached;
      if (request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) {
        const page = await cache.match(`${url.origin}${url.pathname}/`);
        if (page) return Response.redirect(`${url.pathname}/${url.search}${url.hash}`, 301);
      }
      let response;
      try {
        response = await fetch(request);
      } catch (error) {
        if (request.mode === 'navigate') return offlinePage();
        throw error;
      }
      // Kept as visited: this build's files only (the cache goes with the build), whole answers only.
      if (response.ok && response.status === 200 && response.type === 'basic' && !response.redirected) {
        event.waitUntil(cache.put(key, response.clone()));
      }
      return response;
    })(),
  );
});
