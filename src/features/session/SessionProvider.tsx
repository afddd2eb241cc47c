// The session as the screens see it (issue 3, item 4): who is at the keyboard, the idle lock while
// someone is, and the two doors later screens use: `useSession()` to show it, `requireUnlocked()` before
// anything touches a mediator's drafts or attendances. The catalog is public and needs neither.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { lockTimings } from '../../core/session/lockTimings.ts';
import type { BalcaoDb } from '../../db/balcaoDb.ts';
import type { SpotProfile } from '../../db/device/deviceProfile.ts';
import { listMediators } from '../../db/secure/listMediators.ts';
import type { SessionState, SessionStore } from './sessionStore.ts';
import { startIdleLock } from './startIdleLock.ts';

export interface Session {
  /** As of this render; `requireUnlocked` reads the store itself, so a lock in between is never missed. */
  state: SessionState;
  /** The unlocked mediator's name once read; null when locked. */
  mediatorName: string | null;
  store: SessionStore;
  /** What the mediator panel works with: the device's database, its spot (PIN allowed?) and the clock. */
  db: BalcaoDb;
  spot: SpotProfile;
  now: () => number;
  /** The lock button: the data key is dropped at once. */
  lock: () => void;
}

export type UnlockedSession = Extract<SessionState, { status: 'unlocked' }>;

/** A screen asked for the mediator's key while the session is locked. */
export class SessionLocked extends Error {
  override name = 'SessionLocked';
  constructor(readonly reason: Extract<SessionState, { status: 'locked' }>['reason']) {
    super(`the session is locked (${reason})`);
  }
}

const SessionContext = createContext<Session | null>(null);

interface SessionProviderProps {
  store: SessionStore;
  db: BalcaoDb;
  spot: SpotProfile;
  now?: () => number;
  children: ComponentChildren;
}

export function SessionProvider({ store, db, spot, now = Date.now, children }: SessionProviderProps) {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);

  const unlockedId = state.status === 'unlocked' ? state.mediatorId : null;
  const unlockedAt = state.status === 'unlocked' ? state.unlockedAt : null;
  // The name is read with the id it belongs to, so a quick switch never shows the previous mediator's.
  const named = useLiveQuery(
    async () =>
      unlockedId === null
        ? null
        : { id: unlockedId, name: (await listMediators(db)).find((m) => m.id === unlockedId)?.name ?? null },
    [db, unlockedId],
  );
  const mediatorName = named.status === 'ready' && named.value?.id === unlockedId ? named.value.name : null;

  const { idleMs, hiddenMs } = lockTimings(spot.lock);
  useEffect(() => {
    if (unlockedAt === null) return;
    return startIdleLock({ idleMs, hiddenMs, now, onLock: (reason) => store.lock(reason) });
  }, [store, unlockedAt, idleMs, hiddenMs, now]);

  const session = useMemo<Session>(
    () => ({ state, mediatorName, store, db, spot, now, lock: () => store.lock('button') }),
    [state, mediatorName, store, db, spot, now],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session of the enrolled device; only screens under the enrolled app may ask. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside the enrolled app (no SessionProvider)');
  return session;
}

/**
 * The unlocked mediator and their data key, read from the store at the moment of the call (not the last
 * render), or SessionLocked: call it right before reading or writing personal data.
 */
export function requireUnlocked(session: Pick<Session, 'store'>): UnlockedSession {
  const state = session.store.get();
  if (state.status === 'locked') throw new SessionLocked(state.reason);
  return state;
}
