// The one module that talks to the service worker from the page (workbox-window lives only here).
import { Workbox } from 'workbox-window';
import { updateHolds } from '../features/update/updateGuard.ts';

type UpdateListener = (waiting: boolean) => void;

let workbox: Workbox | undefined;
let waiting = false;
let accepted = false;
const listeners = new Set<UpdateListener>();

/**
 * Registers `/sw.js` (its URL never changes, so an installed app always finds its worker) and watches for
 * a new version waiting to take over. Nothing reloads by itself: the mediator is asked (see acceptUpdate).
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || workbox) return;
  workbox = new Workbox('/sw.js', { scope: '/', type: 'classic' });
  workbox.addEventListener('waiting', () => setWaiting(true));
  // Reload only when this tab asked for the new version; another tab's acceptance reloads that tab only.
  workbox.addEventListener('controlling', () => {
    if (accepted) location.reload();
  });
  void workbox.register().catch((error: unknown) => console.error('service worker registration failed', error));
  // The browser checks for a new worker on navigations; a laptop left open all day also checks when the
  // mediator comes back to it, at most every UPDATE_CHECK_MS.
  let checkedAt = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - checkedAt < UPDATE_CHECK_MS) return;
    checkedAt = Date.now();
    void checkForUpdate().catch(() => undefined);
  });
}

const UPDATE_CHECK_MS = 30 * 60_000;

export function updateWaiting(): boolean {
  return waiting;
}

export function onUpdateWaiting(listener: UpdateListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The mediator chose to update: the waiting worker takes over and the page reloads into the new
 * version. Refused while open work holds updates, so a reload never happens under the mediator's hands.
 */
export function acceptUpdate(): boolean {
  if (!workbox || !waiting || updateHolds().length > 0) return false;
  accepted = true;
  workbox.messageSkipWaiting();
  return true;
}

/** Asks the browser to check for a new version now (the app also checks on start). */
export async function checkForUpdate(): Promise<void> {
  await workbox?.update();
}

function setWaiting(next: boolean) {
  waiting = next;
  for (const listener of listeners) listener(waiting);
}
