// Unlocking a mediator (issue 3, item 4): the secret derives the wrapping key, and AES-GCM's tag on the
// wrapped data key is the check: a wrong secret fails the unwrap. Wrong secrets are counted on the row,
// and the lockout policy decides the wait, the warning and, at the tenth, destruction.
import { type Lockout, lockoutPolicy } from '../../core/session/lockoutPolicy.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import { destroyMediator } from './destroyMediator.ts';
import { deriveWrappingKey, unwrapDataKey } from './mediatorKeys.ts';
import type { MediatorRecord } from './mediatorRecord.ts';

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
  const attempt = await chargeAttempt(db, id, now);
  if (attempt.kind !== 'charged') return attempt.outcome;
  const { row, lockout } = attempt;

  let dataKey: CryptoKey;
  try {
    const wrappingKey = await deriveWrappingKey(secret, row.salt, row.iterations);
    dataKey = await unwrapDataKey(row.wrappedDataKey, row.wrapIv, wrappingKey, id);
  } catch (error) {
    if (!(error instanceof Error && error.name === 'OperationError')) throw error;
    if (!lockout.destroy) return { ok: false, reason: 'wrong-secret', retryInMs: lockout.delayMs, lockout };
    await destroyMediator(db, id);
    return { ok: false, reason: 'destroyed', lockout };
  }
  await db.mediators.update(id, { failedAttempts: 0, nextAttemptAt: null });
  return { ok: true, mediatorId: id, dataKey };
}

type Attempt = { kind: 'charged'; row: MediatorRecord; lockout: Lockout } | { kind: 'refused'; outcome: UnlockOutcome };

/**
 * Counts the attempt as wrong BEFORE the slow derivation, in one transaction with the check of the
 * wait: attempts made at once (two tabs, a script firing guesses) meet the wait the first one set,
 * instead of all running. A right secret then clears the count. The destruction itself waits until the
 * secret is known to be wrong.
 */
async function chargeAttempt(db: BalcaoDb, id: string, now: number): Promise<Attempt> {
  return db.transaction('rw', db.mediators, async (): Promise<Attempt> => {
    const row = await db.mediators.get(id);
    if (!row) return { kind: 'refused', outcome: { ok: false, reason: 'unknown-mediator' } };
    const current = lockoutPolicy(row.failedAttempts);
    const waiting = row.nextAttemptAt === null ? 0 : row.nextAttemptAt - now;
    // A wait longer than the policy's means the clock went back (a van laptop's clock is often wrong):
    // let the try through rather than lock the mediator out for hours. PBKDF2's cost and the count remain.
    if (waiting > 0 && waiting <= current.delayMs) {
      return { kind: 'refused', outcome: { ok: false, reason: 'wait', retryInMs: waiting, lockout: current } };
    }
    const lockout = lockoutPolicy(row.failedAttempts + 1);
    await db.mediators.update(id, {
      failedAttempts: lockout.failedAttempts,
      nextAttemptAt: lockout.delayMs > 0 ? now + lockout.delayMs : null,
    });
    return { kind: 'charged', row, lockout };
  });
}
