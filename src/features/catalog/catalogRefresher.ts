import type { BalcaoDb } from '../../db/balcaoDb.ts';
import {
  CatalogRefreshError,
  type RefreshFailure,
  type RefreshOutcome,
  refreshCatalog,
} from '../../db/refreshCatalog.ts';

export interface RefreshStatus {
  /** A refresh is under way. */
  running: boolean;
  /** Why the last attempt failed; null after a success. The cached catalog stays in use either way. */
  failure: RefreshFailure | null;
  /** When the last attempt ended (success or failure), epoch ms. */
  attemptedAt: number | null;
  last: RefreshOutcome | null;
}

export interface CatalogRefresher {
  status(): RefreshStatus;
  subscribe(listener: (status: RefreshStatus) => void): () => void;
  /** The mediator's "Atualizar catálogo", and every other trigger: one refresh at a time. */
  refreshNow(): Promise<RefreshStatus>;
  stop(): void;
}

/** How often the open app asks the hub for catalog changes while online. */
export const REFRESH_EVERY_MS = 10 * 60_000;

/**
 * Keeps the window's catalog fresh: on start, every REFRESH_EVERY_MS while online and visible, and when
 * the network comes back. Triggers that arrive during a refresh join it instead of starting another.
 */
export function startCatalogRefresher(world: {
  db: BalcaoDb;
  fetch?: typeof fetch;
  now?: () => number;
  everyMs?: number;
}): CatalogRefresher {
  const listeners = new Set<(status: RefreshStatus) => void>();
  let current: RefreshStatus = { running: false, failure: null, attemptedAt: null, last: null };
  let running: Promise<RefreshStatus> | null = null;
  const now = world.now ?? Date.now;
  const set = (next: RefreshStatus) => {
    current = next;
    for (const listener of listeners) listener(current);
  };

  const refreshNow = (): Promise<RefreshStatus> => {
    running ??= (async () => {
      set({ ...current, running: true });
      try {
        const last = await refreshCatalog({ db: world.db, fetch: world.fetch ?? fetch.bind(globalThis), now });
        set({ running: false, failure: null, attemptedAt: now(), last });
      } catch (error) {
        const failure = error instanceof CatalogRefreshError ? error.reason : 'storage';
        if (!(error instanceof CatalogRefreshError)) console.error('catalog refresh', error);
        set({ ...current, running: false, failure, attemptedAt: now() });
      } finally {
        running = null;
      }
      return current;
    })();
    return running;
  };

  const onOnline = () => void refreshNow();
  const timer = setInterval(() => {
    if (navigator.onLine && document.visibilityState === 'visible') void refreshNow();
  }, world.everyMs ?? REFRESH_EVERY_MS);
  addEventListener('online', onOnline);
  void refreshNow();

  return {
    status: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refreshNow,
    stop() {
      clearInterval(timer);
      removeEventListener('online', onOnline);
    },
  };
}
