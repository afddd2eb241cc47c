// Who is at the keyboard (issue 3, item 4): the unlocked mediator's id and data key, in memory only.
// Locking drops the key; nothing of it is ever written anywhere. Plain TypeScript, so the shell, the
// idle watcher and the tests share it without Preact.

export type LockReason = 'start' | 'idle' | 'hidden' | 'button' | 'switch' | 'revoked';

export type SessionState =
  | { status: 'locked'; reason: LockReason }
  | { status: 'unlocked'; mediatorId: string; dataKey: CryptoKey; unlockedAt: number };

export interface SessionStore {
  get(): SessionState;
  /** Called at once with the state, then on every change; returns the unsubscribe. */
  subscribe(listener: (state: SessionState) => void): () => void;
  /** Drops the data key. Locking a locked session changes nothing a listener sees. */
  lock(reason: LockReason): void;
  /**
   * Opens the session. With `ticket` (from `ticket()` before a slow unlock), refuses when the session was
   * locked or opened in between, so a slow unlock cannot overwrite a later one.
   */
  unlock(mediatorId: string, dataKey: CryptoKey, at: number, ticket?: number): boolean;
  /** A number that changes at every lock and unlock. */
  ticket(): number;
}

export function createSessionStore(): SessionStore {
  let state: SessionState = { status: 'locked', reason: 'start' };
  let generation = 0;
  const listeners = new Set<(state: SessionState) => void>();
  const publish = (next: SessionState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    lock(reason) {
      generation += 1;
      if (state.status === 'locked') return;
      publish({ status: 'locked', reason });
    },
    unlock(mediatorId, dataKey, at, ticket) {
      if (ticket !== undefined && ticket !== generation) return false;
      generation += 1;
      publish({ status: 'unlocked', mediatorId, dataKey, unlockedAt: at });
      return true;
    },
    ticket: () => generation,
  };
}
