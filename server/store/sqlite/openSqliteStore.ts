import { join } from 'node:path';
import Database from 'better-sqlite3';
import { formKey } from '../../../src/core/catalog/catalogTerms.ts';
import type { HubStore } from '../HubStore.ts';
import { migrate } from './migrate.ts';
import { readCatalogDelta } from './readCatalogDelta.ts';
import { readLastRecord } from './readLastRecord.ts';
import { sqliteDeviceStore } from './sqliteDeviceStore.ts';
import { sqliteRequestStore } from './sqliteRequestStore.ts';
import { sqliteSpotStore } from './sqliteSpotStore.ts';
import { writeCatalogImport } from './writeCatalogImport.ts';

/**
 * The embedded store: one SQLite file, `balcao.sqlite` in the data folder. WAL lets the hub keep
 * answering devices while the CLI imports from another process; synchronous=FULL makes a commit
 * survive a power cut (a van's laptop loses power), at the price of an fsync per transaction.
 */
export function openSqliteStore(dataDir: string, now: () => Date = () => new Date()): HubStore {
  const file = join(dataDir, 'balcao.sqlite');
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // The CLI and the hub share the file: wait for the other's write to finish rather than fail.
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    ...sqliteSpotStore(db),
    ...sqliteDeviceStore(db),
    ...sqliteRequestStore(db),
    currentVersion: async () =>
      (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM catalog_versions').get() as { v: number }).v,
    deltaSince: async (since) => readCatalogDelta(db, since),
    applyImport: async (records, source) => writeCatalogImport(db, records, source, now()),
    formVersion: async (id, version) => readLastRecord(db, 'forms', formKey({ id, version })),
    service: async (id) => readLastRecord(db, 'services', id),
    close: async () => {
      if (db.open) db.close();
    },
  };
}
