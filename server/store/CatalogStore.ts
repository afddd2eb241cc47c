import type { CatalogDelta, CatalogKind, CatalogRecords } from '../../src/core/catalog/catalogDelta.ts';
import type { Form, Service } from '../../src/core/catalog/catalogSchema.ts';

/** How many records of each kind an import changed (new or different) and removed. */
export interface CatalogChangeCounts {
  upserts: Record<CatalogKind, number>;
  deletions: Record<CatalogKind, number>;
}

export interface ImportOutcome {
  /** The catalog version after the import: the previous one when nothing changed. */
  version: number;
  previousVersion: number;
  changed: CatalogChangeCounts;
}

/**
 * The hub's catalog, whatever database holds it. Every call is async and speaks only in catalog
 * terms (versions, records, deltas), so a PostgreSQL store can stand in for the SQLite one unchanged.
 */
export interface CatalogStore {
  /** The version devices should end up at; 0 while nothing was ever imported. */
  currentVersion(): Promise<number>;
  /**
   * What a device at version `since` needs to reach the current version. A full catalog (`full: true`)
   * when `since` is 0, is ahead of the hub (the hub's data was reset), or older than the history kept.
   */
  deltaSince(since: number): Promise<CatalogDelta>;
  /**
   * Makes `records` the whole catalog in one transaction: a new version holding exactly the records
   * that differ from the current ones and the removal of those absent; no new version when nothing differs.
   * `source` says where the records came from (a file name, `seed`), for the version's history.
   */
  applyImport(records: CatalogRecords, source: string): Promise<ImportOutcome>;
  /**
   * A form version as the hub last had it, even after an import removed it: a request sealed against it
   * may have waited days in a van's outbox, and is judged by the form it names. Undefined when the hub
   * never had that version.
   */
  formVersion(id: string, version: number): Promise<Form | undefined>;
  /** The service as it is now; for a service an import removed, the last one the hub had. */
  service(id: string): Promise<Service | undefined>;
  close(): Promise<void>;
}
