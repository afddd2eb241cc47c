import type { Entity, Service } from '../../core/catalog/catalogSchema.ts';

/** The search worker as the window sees it (src/workers/searchBridge.ts), passed in so tests need no worker. */
export interface SearchPort {
  load(services: Service[], entities: Entity[]): Promise<void>;
  search(query: string, options?: { limit?: number; signal?: AbortSignal }): Promise<{ id: string; score: number }[]>;
}

export interface SearchFeed {
  /** Gives the index this catalog version; the same version again is a no-op. */
  load(version: number, services: Service[], entities: Entity[]): void;
  /** Searches once the latest version is indexed; rejects with AbortError when the signal aborts. */
  search(query: string, options: { limit: number; signal: AbortSignal }): Promise<{ id: string; score: number }[]>;
}

/** Keeps the search index at the catalog's version, and makes a search wait for an index being built. */
export function createSearchFeed(port: SearchPort): SearchFeed {
  let version: number | null = null;
  let ready: Promise<void> = Promise.resolve();
  return {
    load(next, services, entities) {
      if (next === version) return;
      version = next;
      ready = port.load(services, entities).catch((error: unknown) => {
        // Let the next catalog emission try again; searches meanwhile fail visibly.
        version = null;
        throw error;
      });
      // Searches see the failure; the feed itself must not count as an unhandled rejection.
      ready.catch(() => undefined);
    },
    async search(query, options) {
      await ready;
      options.signal.throwIfAborted();
      return port.search(query, options);
    },
  };
}
