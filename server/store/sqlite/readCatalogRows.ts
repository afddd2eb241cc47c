import type { Database } from 'better-sqlite3';
import {
  CATALOG_KINDS,
  type CatalogKind,
  type CatalogRecords,
  emptyRecords,
} from '../../../src/core/catalog/catalogDelta.ts';

interface Row {
  kind: CatalogKind;
  key: string;
  body: string | null;
}

export interface CatalogRows {
  upserts: CatalogRecords;
  deletions: Record<CatalogKind, string[]>;
}

/**
 * The stored records, in the order of the file they were imported from. With `changedAfter`, only
 * those a later version touched, the removed ones as keys; without it, the whole live catalog.
 * Bodies were validated when imported, so they are trusted as records here.
 */
export function readCatalogRows(db: Database, changedAfter?: number): CatalogRows {
  const rows = (
    changedAfter === undefined
      ? db.prepare('SELECT kind, key, body FROM catalog_records WHERE deleted = 0 ORDER BY kind, position, key').all()
      : db
          .prepare('SELECT kind, key, body FROM catalog_records WHERE changed_version > ? ORDER BY kind, position, key')
          .all(changedAfter)
  ) as Row[];
  const upserts = emptyRecords();
  const deletions = Object.fromEntries(CATALOG_KINDS.map((kind) => [kind, [] as string[]])) as Record<
    CatalogKind,
    string[]
  >;
  for (const row of rows) {
    if (row.body === null) deletions[row.kind].push(row.key);
    else (upserts[row.kind] as unknown[]).push(JSON.parse(row.body));
  }
  return { upserts, deletions };
}
