import type { BalcaoDb } from './balcaoDb.ts';
export interface RefreshWorld {
  db: BalcaoDb;
  fetch: typeof fetch;
  now: () => number;
  /** The hub's origin; the page's own origin when empty. */
  hubUrl?: string;
  timeoutMs?: number;
}
export type RefreshOutcome =
  | {
      kind: 'updated';
      version: number;
      upserts: number;
      deletions: number;
    }
  | {
      kind: 'current';
      version: number;
    };
/** Why a refresh failed, in words the app can turn into what the mediator should do. */
export type RefreshFailure = 'offline' | 'hub-error' | 'garbage' | 'storage';
export declare class CatalogRefreshError extends Error {
  readonly reason: RefreshFailure;
  name: string;
  constructor(reason: RefreshFailure, message: string);
}
/**
 * Brings the device's catalog up to the hub's: asks for the delta since the stored version (with the
 * stored ETag, so an unchanged catalog costs a 304), checks every record of the answer, and applies it
 * in one transaction. Anything short of a whole, valid answer — no network, a timeout, a 5xx, a captive
 * portal's HTML, a truncated body — throws and leaves the cached catalog exactly as it was.
 */
export declare function refreshCatalog(world: RefreshWorld): Promise<RefreshOutcome>;
