import type { DrainOutcome } from './drain.ts';

/** A Background Sync's drain left requests for want of a link or a hub: the browser should fire it again. */
export class DrainIncomplete extends Error {
  override name = 'DrainIncomplete';
  constructor(readonly outcome: DrainOutcome) {
    super(`the outbox drain ended ${outcome.outcome} with requests left`);
  }
}

/**
 * The drain of a `sync` event. It rejects when the link or the hub failed, because a sync whose promise
 * rejects is fired again later by the browser (WICG Background Sync, "fire a sync event"; Chromium
 * retries with backoff a few times), even with the app closed; not on its last chance, when no retry
 * follows and a rejection would only be logged.
 */
export async function drainForSync(run: () => Promise<DrainOutcome>, lastChance: boolean): Promise<DrainOutcome> {
  const outcome = await run();
  if (!lastChance && (outcome.outcome === 'offline' || outcome.outcome === 'hub-error')) {
    throw new DrainIncomplete(outcome);
  }
  return outcome;
}
