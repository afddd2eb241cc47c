/// <reference lib="webworker" />
import { drainForSync } from '../src/db/outbox/drainForSync.ts';
import { OUTBOX_SYNC_TAG } from '../src/db/outbox/outboxSyncTag.ts';
import { drainInWorker } from './drainInWorker.ts';

/** Background Sync's event (WICG Background Sync), which TypeScript's WebWorker library does not declare. */
export interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

/** The outbox's Background Sync, registered at completion: the worker keeps running until the drain ends. */
export function onSync(event: SyncEvent): void {
  if (event.tag !== OUTBOX_SYNC_TAG) return;
  event.waitUntil(drainForSync(() => drainInWorker('sync'), event.lastChance));
}
