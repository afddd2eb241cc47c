// Revocation on the device (issue 3, item 3): when the hub says the device is revoked, the keys go
// first, in one transaction, so that whatever the rest of the wipe leaves behind, if it is interrupted
// (the tab closed, the battery gone), is ciphertext no key on the device can open. Then the whole
// database and the settings go, and a marker in a store of its own says why, for the app to tell the
// mediator that the device must be enrolled again.
import { clear, createStore, get, set, type UseStore } from 'idb-keyval';
import type { BalcaoDb } from '../balcaoDb.ts';

export type WipeReason = 'revoked';

export interface WipeMarker {
  reason: WipeReason;
  /** When the wipe began, epoch ms. */
  at: number;
  /** False while the wipe is under way: an app that finds it so calls `finishInterruptedWipe`. */
  complete: boolean;
}

export interface WipeWorld {
  db: BalcaoDb;
  now?: () => number;
  /** The settings store (idb-keyval's default when absent). */
  settings?: UseStore;
  /** Where the marker lives: a database of its own, so that deleting the others leaves it. */
  markers?: UseStore;
}

const MARKER_KEY = 'wipe';
let defaultMarkers: UseStore | undefined;

/** The marker's store: opened only when needed (idb-keyval opens its database on creation). */
export function wipeMarkerStore(): UseStore {
  defaultMarkers ??= createStore('balcao-wipe', 'marker');
  return defaultMarkers;
}

/**
 * Destroys everything the device holds: keys first, then the rest, then marks the wipe done. Safe to
 * call again (a second revoked answer, or an interrupted wipe finished at the next start). The marker is
 * written before anything is destroyed because it destroys nothing and makes an interrupted wipe
 * resumable; the first thing destroyed is the keys.
 */
export async function wipeDevice(world: WipeWorld, reason: WipeReason = 'revoked'): Promise<void> {
  const markers = world.markers ?? wipeMarkerStore();
  const now = (world.now ?? Date.now)();
  const failures: unknown[] = [];
  const attempt = async (step: () => Promise<unknown>) => {
    try {
      await step();
    } catch (error) {
      failures.push(error);
    }
  };

  await attempt(async () => {
    const earlier = await get<WipeMarker>(MARKER_KEY, markers);
    await set(MARKER_KEY, { reason, at: earlier?.at ?? now, complete: false } satisfies WipeMarker, markers);
  });
  // The device's signing key and every mediator's wrapped data key: without them the drafts are noise.
  await attempt(() =>
    world.db.transaction('rw', world.db.device, world.db.mediators, async () => {
      await world.db.device.clear();
      await world.db.mediators.clear();
    }),
  );
  // Left open for auto-open, so the app can enroll again with the same handle.
  await attempt(() => world.db.delete({ disableAutoOpen: false }));
  await attempt(() => clear(world.settings));
  if (failures.length > 0) {
    throw new AggregateError(failures, `the wipe did not finish (${failures.length} step(s) failed)`);
  }
  const started = (await get<WipeMarker>(MARKER_KEY, markers))?.at ?? now;
  await set(MARKER_KEY, { reason, at: started, complete: true } satisfies WipeMarker, markers);
}

/** Why the device was wiped, if it was; the app shows it on the enrollment screen. */
export async function wipeMarker(markers: UseStore = wipeMarkerStore()): Promise<WipeMarker | undefined> {
  return get<WipeMarker>(MARKER_KEY, markers);
}

/** Finishes a wipe that was interrupted; true when one was. Call it at app start, before anything else. */
export async function finishInterruptedWipe(world: WipeWorld): Promise<boolean> {
  const marker = await wipeMarker(world.markers ?? wipeMarkerStore());
  if (!marker || marker.complete) return false;
  await wipeDevice(world, marker.reason);
  return true;
}

/** Forgets the marker once the device is enrolled again. */
export async function clearWipeMarker(markers: UseStore = wipeMarkerStore()): Promise<void> {
  await clear(markers);
}
