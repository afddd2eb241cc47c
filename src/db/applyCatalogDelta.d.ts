import { type CatalogDelta } from '../core/catalog/catalogDelta.ts';
import type { BalcaoDb } from './balcaoDb.ts';
/**
 * Applies a validated delta from the hub in ONE read-write transaction over every catalog table and
 * the version, so a failure anywhere (quota, a closed tab) rolls all of it back: the device never
 * holds half a catalog. A delta that does not start at the stored version is refused (it was meant for
 * another copy), and the caller fetches a full catalog instead.
 */
export declare function applyCatalogDelta(
  db: BalcaoDb,
  delta: CatalogDelta,
  answer: {
    etag: string | null;
    now: number;
  },
): Promise<void>;
export declare class CatalogVersionMismatch extends Error {
  name: string;
}
