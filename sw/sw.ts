// Balcão's service worker. It only registers listeners; each calls a named helper.
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  getCacheKeyForURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { drainAtStart } from './drainAtStart.ts';
import { onMessage } from './onMessage.ts';
import { onSync, type SyncEvent } from './onSync.ts';

declare let self: ServiceWorkerGlobalScope;

// The build's files, precached at install: the app opens with no network at all.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first install takes the open page at once, so it works offline without a reload. A later version
// waits instead (no skipWaiting here) until the mediator accepts the update prompt.
clientsClaim();

// Navigations (a reload on /atendimentos/…, a bookmark) fall back to the precached shell offline. The dev
// server injects no precache list, and createHandlerBoundToURL throws for a URL that is not precached: so
// only where the shell is precached. (Not `import.meta.env.PROD`: vite-plugin-pwa's nested build of this
// file does not set it, and the route silently vanished from the built worker.)
if (getCacheKeyForURL('/index.html') !== undefined) {
  registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }));
}

self.addEventListener('message', (event) => onMessage(self, event));
// The outbox (issue 5): Background Sync, messages from the page (above), and the worker's own start.
self.addEventListener('sync', (event) => onSync(event as SyncEvent));
drainAtStart(self);
