import type { Database } from 'better-sqlite3';
import type { CatalogDelta } from '../../../src/core/catalog/catalogDelta.ts';
import { readCatalogRows } from './readCatalogRows.ts';

/**
 * The delta from `since` to the current version, read in one transaction so a concurrent import (the
 * CLI is another process) cannot pair one version's number with another's records.
 */
export function readCatalogDelta(db: Database, since: number): CatalogDelta {
  return db.transaction((): CatalogDelta => {
    const { current, oldest } = db
      .prepare('SELECT COALESCE(MAX(version), 0) AS current, MIN(version) AS oldest FROM catalog_versions')
      .get() as { current: number; oldest: number | null };
    // History is pruned (if ever) by removing the oldest version rows together with the tombstones they
    // made, so with V the oldest version kept, a delta from V - 1 on still carries every removal.
    const forgotten = oldest !== null && since < oldest - 1;
    const full = since === 0 || since > current || forgotten;
    const { upserts, deletions } = full ? readCatalogRows(db) : readCatalogRows(db, since);
    return { version: current, since, full, upserts, deletions };
  })();
}
