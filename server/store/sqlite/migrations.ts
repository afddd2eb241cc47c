/**
 * The SQLite schema, one step per version: step n (1-based) takes a database at user_version n-1 to n.
 * Steps are only ever appended; a step that has shipped is never edited, since databases in the field
 * already ran it.
 */
export const migrations: readonly string[] = [
  // 1: the catalog. A version row per import that changed something; a record row per (kind, key) ever
  // seen, stamped with the version that last changed it. A removed record stays as a tombstone (body
  // NULL, deleted 1), so a device that still holds it learns of the removal from a delta.
  `
  CREATE TABLE catalog_versions (
    version INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    source TEXT NOT NULL,
    counts_json TEXT NOT NULL
  ) STRICT;

  CREATE TABLE catalog_records (
    kind TEXT NOT NULL CHECK (kind IN ('entities', 'lifeEvents', 'services', 'forms')),
    key TEXT NOT NULL,
    body TEXT,
    position INTEGER NOT NULL,
    changed_version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    PRIMARY KEY (kind, key),
    CHECK ((deleted = 1) = (body IS NULL))
  ) STRICT;

  CREATE INDEX catalog_records_by_change ON catalog_records (changed_version);
  `,
];
