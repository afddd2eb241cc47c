/// <reference lib="webworker" />
import type { DrainTrigger } from '../src/core/sync/drainMessages.ts';
import { balcaoDb } from '../src/db/balcaoDb.ts';
import { browserDrainWorld } from '../src/db/outbox/browserDrainWorld.ts';
import { type DrainOutcome, drain } from '../src/db/outbox/drain.ts';
import type { DrainWorld } from '../src/db/outbox/drainWorld.ts';

declare let self: ServiceWorkerGlobalScope;

let world: DrainWorld | undefined;

/** The outbox drain in the service worker, over the worker's globals and the shared database. */
export function drainInWorker(trigger: DrainTrigger): Promise<DrainOutcome> {
  world ??= browserDrainWorld(balcaoDb(), self);
  return drain(world, trigger);
}
