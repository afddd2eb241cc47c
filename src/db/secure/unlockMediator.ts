// Unlocking a mediator (issue 3, item 4): the secret derives the wrapping key, and AES-GCM's tag on the
// wrapped data key is the check: a wrong secret fails the unwrap. Wrong secrets are counted on the row,
// and the lockout policy decides the wait, the warning and, at the tenth, destruction.
import { type Lockout, lockoutPolicy } from '../../core/session/lockoutPolicy.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import { destroyMediator } from './destroyMediator.ts';
import { deriveWrappingKey, unwrapDataKey } from './mediatorKeys.ts';

export type UnlockOutcome =
  | { ok: true; mediatorId: string; dataKey: CryptoKey }
  /** No such mediator on this device (never created, or destroyed). */
  | { ok: false; reason: 'unknown-mediator' }
  /** Too soon after the last wrong secret: nothing was tried and nothing counted. */
  | { ok: false; reason: 'wait'; retryInMs: number; lockout: Lockout }
  /** A wrong secret, counted; `lockout` says how long to wait and whether to warn. */
  | { ok: false; reason: 'wrong-secret'; retryInMs: number; lockout: Lockout }
  /** The wrong secret that destroyed the mediator's drafts and wrapped key. */
  | { ok: false; reason: 'destroyed'; lockout: Lockout };

/** Tries a mediator's secret at `now` (epoch ms); on success the data key is non-extractable. */
export async function unlockMediator(db: BalcaoDb, id: string, secret: string, now: number): Promise<UnlockOutcome> {
  const row = await db.mediators.get(id);
  if (!row) return { ok: false, reason: 'unknown-mediator' };

  const current = lockoutPolicy(row.failedAttempts);
  const waiting = row.nextAttemptAt === null ? 0 : row.nextAttemptAt - now;
  // A wait longer than the policy's means the clock went back (a van laptop's clock is often wrong):
  // let the try through rather than lock the mediator out for hours. PBKDF2's cost and the count remain.
  if (waiting > 0 && waiting <= current.delayMs) {
    return { ok: false, reason: 'wait', retryInMs: waiting, lockout: current };
  }

  let dataKey: CryptoKey;
  try {
    const wrappingKey = await deriveWrappingKey(secret, row.salt, row.iterations);
    dataKey = await unwrapDataKey(row.wrappedDataKey, row.wrapIv, wrappingKey, id);
  } catch (error) {
    if (!(error instanceof Error && error.name === 'OperationError')) throw error;
    return countFailure(db, id, now);
  }
  await db.mediators.update(id, { failedAttempts: 0, nextAttemptAt: null });
  return { ok: true, mediatorId: id, dataKey };
}

// Read and written in one transaction, so two tabs trying at once both count.
async function countFailure(db: BalcaoDb, id: string, now: number): Promise<UnlockOutcome> {
  const lockout = await db.transaction('rw', db.mediators, db.drafts, async () => {
    const row = await db.mediators.get(id);
    if (!row) return undefined;
    const next = lockoutPolicy(row.failedAttempts + 1);
    if (next.destroy) {
      await destroyMediator(db, id);
      return next;
    }
    await db.mediators.update(id, {
      failedAttempts: next.failedAttempts,
      nextAttemptAt: next.delayMs > 0 ? now + next.delayMs : null,
    });
    return next;
  });
  if (!lockout) return { ok: false, reason: 'unknown-mediator' };
  if (lockout.destroy) return { ok: false, reason: 'destroyed', lockout };
  return { ok: false, reason: 'wrong-secret', retryInMs: lockout.delayMs, lockout };
}
