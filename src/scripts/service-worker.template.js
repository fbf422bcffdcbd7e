/* Sourcebook's service worker. The build prepends `self.__PRECACHE__ = { version, urls }`: every page,
   asset and search-index file of one build, and a hash of their bytes. Installing stores them all
   in one cache named after that hash; activating deletes every other build's cache, so a reader
   never gets pages of one build with the index of another. */
const { version, urls } = self.__PRECACHE__;
const CACHE = `sourcebook-${version}`;

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache: the files must be this build's, not an older copy.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(urls.map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith('sourcebook-') && name !== CACHE).map((name) => caches.delete(name)));
      // Take over the page that installed us, so it can search offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Pages arrive with `?pagefind-highlight=…`; Pagefind asks for its entry file with
      // `?ts=<metaCacheTag>`. Both are the same file to us.
      const ignoreSearch = request.mode === 'navigate' || url.pathname.endsWith('/pagefind/pagefind-entry.json');
      const cached = await cache.match(request, { ignoreSearch });
      if (cached) return cached;
      if (request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) {
        const page = await cache.match(`${url.pathname}/`);
        if (page) return Response.redirect(`${url.pathname}/${url.search}`, 301);
      }
      return fetch(request);
    })(),
  );
});
