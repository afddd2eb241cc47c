// The sender's world from a browser realm's globals, the same in the service worker and in a window
// without one: fetch, Web Locks, the outbox BroadcastChannel, idb-keyval for the last contact.
import { get, set } from 'idb-keyval';
import { LAST_CONTACT_KEY, OUTBOX_CHANNEL, type OutboxEvent } from '../../core/sync/drainMessages.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import type { DrainLock, DrainWorld } from './drainWorld.ts';
import { memoryLock } from './memoryLock.ts';
import { uploadRequestAttachments } from './uploadRequestAttachments.ts';

/** The globals the world is made of; `globalThis` in the browser, a stand-in in tests. */
export interface BrowserScope {
  fetch: typeof fetch;
  navigator?: { locks?: Pick<LockManager, 'request'>; onLine?: boolean };
  BroadcastChannel?: typeof BroadcastChannel;
}

export function browserDrainWorld(db: BalcaoDb, scope: BrowserScope = globalThis): DrainWorld {
  let channel: BroadcastChannel | null | undefined;
  const report = (event: OutboxEvent) => {
    channel ??= scope.BroadcastChannel ? new scope.BroadcastChannel(OUTBOX_CHANNEL) : null;
    try {
      channel?.postMessage(event);
    } catch (error) {
      console.warn('could not tell the tabs how the outbox is going', error);
    }
  };
  const world: DrainWorld = {
    db,
    fetch: (input, init) => scope.fetch(input, init),
    now: Date.now,
    lock: webLock(scope.navigator?.locks),
    soleSender: scope.navigator?.locks !== undefined,
    random: Math.random,
    report,
    lastContact: {
      get: async () => {
        const at = await get<unknown>(LAST_CONTACT_KEY);
        return typeof at === 'number' && Number.isFinite(at) ? at : null;
      },
      set: (at) => set(LAST_CONTACT_KEY, at),
    },
    // onLine false is reliable (no network at all); true only means "maybe", so it is only ever a reason not to try.
    online: () => scope.navigator?.onLine !== false,
    log: (message) => console.warn(message),
    uploadAttachments: (request) => uploadRequestAttachments(world, request),
  };
  return world;
}

// Without Web Locks, one lock for every world of this realm at least.
const realmLock = memoryLock();

/** Web Locks with `ifAvailable`: the callback gets no lock when another tab or the worker holds it. */
export function webLock(locks: Pick<LockManager, 'request'> | undefined): DrainLock {
  if (!locks) return realmLock;
  return async <T>(name: string, fn: () => Promise<T>) =>
    locks.request(name, { ifAvailable: true }, (lock): Promise<T> | 'busy' => (lock ? fn() : 'busy')) as Promise<
      T | 'busy'
    >;
}
