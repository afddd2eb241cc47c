import type { Database } from 'better-sqlite3';
import { CATALOG_KINDS, type CatalogRecords, diffCatalog, recordKey } from '../../../src/core/catalog/catalogDelta.ts';
import type { CatalogChangeCounts, ImportOutcome } from '../CatalogStore.ts';
import { readCatalogRows } from './readCatalogRows.ts';

/**
 * Makes `next` the whole catalog. BEGIN IMMEDIATE takes the write lock before the current records are
 * read, so two imports at once (the hub's CLI run twice) cannot both diff against the same version.
 */
export function writeCatalogImport(db: Database, next: CatalogRecords, source: string, now: Date): ImportOutcome {
  return db
    .transaction((): ImportOutcome => {
      const { current } = db.prepare('SELECT COALESCE(MAX(version), 0) AS current FROM catalog_versions').get() as {
        current: number;
      };
      const diff = diffCatalog(readCatalogRows(db).upserts, next);
      const changed: CatalogChangeCounts = {
        upserts: count((kind) => diff.upserts[kind].length),
        deletions: count((kind) => diff.deletions[kind].length),
      };
      const anything = CATALOG_KINDS.some((kind) => changed.upserts[kind] + changed.deletions[kind] > 0);
      const version = anything ? current + 1 : current;
      if (anything) {
        db.prepare('INSERT INTO catalog_versions (version, imported_at, source, counts_json) VALUES (?, ?, ?, ?)').run(
          version,
          now.toISOString(),
          source,
          JSON.stringify(changed),
        );
        const upsert = db.prepare(
          `INSERT INTO catalog_records (kind, key, body, position, changed_version, deleted) VALUES (?, ?, ?, 0, ?, 0)
           ON CONFLICT (kind, key) DO UPDATE SET body = excluded.body, changed_version = excluded.changed_version,
             deleted = 0, removed_body = NULL`,
        );
        // The body outlives the removal, for the requests still naming that form version or service.
        const remove = db.prepare(
          `UPDATE catalog_records SET removed_body = body, body = NULL, deleted = 1, changed_version = ?
           WHERE kind = ? AND key = ?`,
        );
        for (const kind of CATALOG_KINDS) {
          for (const record of diff.upserts[kind])
            upsert.run(kind, recordKey(kind, record), JSON.stringify(record), version);
          for (const key of diff.deletions[kind]) remove.run(version, kind, key);
        }
      }
      // The file's order is kept for export and full answers; it is not a change devices need to hear of.
      const place = db.prepare('UPDATE catalog_records SET position = ? WHERE kind = ? AND key = ? AND position <> ?');
      for (const kind of CATALOG_KINDS) {
        next[kind].forEach((record, i) => {
          place.run(i, kind, recordKey(kind, record), i);
        });
      }
      return { version, previousVersion: current, changed };
    })
    .immediate();
}

function count(of: (kind: (typeof CATALOG_KINDS)[number]) => number): Record<(typeof CATALOG_KINDS)[number], number> {
  return Object.fromEntries(CATALOG_KINDS.map((kind) => [kind, of(kind)])) as Record<
    (typeof CATALOG_KINDS)[number],
    number
  >;
}
