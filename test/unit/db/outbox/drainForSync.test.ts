import { describe, expect, it } from 'vitest';
import type { DrainFinish, DrainOutcome } from '../../../../src/db/outbox/drain.ts';
import { DrainIncomplete, drainForSync } from '../../../../src/db/outbox/drainForSync.ts';

const ended = (outcome: DrainFinish): DrainOutcome => ({
  outcome,
  delivered: 0,
  attention: 0,
  retry: 0,
  sentRequests: 0,
  sentBytes: 0,
  calls: 0,
  wireBytes: 0,
  lastContactAt: null,
});

describe('drainForSync', () => {
  it('fails the sync when the link or the hub failed, so the browser fires it again', async () => {
    await expect(drainForSync(async () => ended('offline'), false)).rejects.toBeInstanceOf(DrainIncomplete);
    await expect(drainForSync(async () => ended('hub-error'), false)).rejects.toBeInstanceOf(DrainIncomplete);
  });

  it('ends the sync when everything went, another sender has it, or it is the last chance', async () => {
    for (const outcome of ['done', 'busy', 'revoked'] as const) {
      await expect(drainForSync(async () => ended(outcome), false)).resolves.toMatchObject({ outcome });
    }
    await expect(drainForSync(async () => ended('offline'), true)).resolves.toMatchObject({ outcome: 'offline' });
  });
});
