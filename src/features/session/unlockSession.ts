import type { BalcaoDb } from '../../db/balcaoDb.ts';
import { type DraftLabel, listDrafts } from '../../db/secure/drafts.ts';
import { type UnlockOutcome, unlockMediator } from '../../db/secure/unlockMediator.ts';
import type { SessionState, SessionStore } from './sessionStore.ts';

export type SessionUnlockOutcome = UnlockOutcome | { ok: false; reason: 'superseded' };

/**
 * Unlocks the session as a mediator. Switching mediator is this: the current session is locked first
 * (its key dropped) whatever the outcome, then the other's secret is tried. `superseded`: the session was
 * locked or opened while the secret was being checked, and this unlock is dropped.
 */
export async function unlockSession(
  world: { db: BalcaoDb; now: () => number },
  store: SessionStore,
  mediatorId: string,
  secret: string,
): Promise<SessionUnlockOutcome> {
  store.lock('switch');
  const ticket = store.ticket();
  const outcome = await unlockMediator(world.db, mediatorId, secret, world.now());
  if (!outcome.ok) return outcome;
  return store.unlock(outcome.mediatorId, outcome.dataKey, world.now(), ticket)
    ? outcome
    : { ok: false, reason: 'superseded' };
}

/** The drafts the session may show: the unlocked mediator's, and nobody's when locked. */
export async function sessionDrafts(db: BalcaoDb, state: SessionState): Promise<DraftLabel[]> {
  return state.status === 'unlocked' ? listDrafts(db, state.mediatorId) : [];
}
