// Keeps a copy of Debrief's page and scripts in this browser, so a meeting opened here before opens again from its
// saved copy when the network or the server is down. The meeting's content is saved separately, in IndexedDB; the
// API and the websocket are never answered from here.
const CACHE = 'debrief-app-1';
const PAGE = '/';

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page is the same index.html: the latest from the server, else the copy.
    event.respondWith(fromNetworkElseCopy(request));
  } else if (url.pathname.startsWith('/assets/')) {
    // Built scripts and styles have their content's hash in their names, so a copy is never stale.
    event.respondWith(fromCopyElseNetwork(request));
  }
});

async function fromNetworkElseCopy(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(PAGE, response.clone());
    return response;
  } catch (error) {
    const copy = await cache.match(PAGE);
    if (copy) return copy;
    throw error;
  }
}

async function fromCopyElseNetwork(request) {
  const cache = await caches.open(CACHE);
  const copy = await cache.match(request);
  if (copy) return copy;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}
