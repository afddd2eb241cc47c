import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../server/store/sqlite/migrate.ts';
import { migrations } from '../../../../server/store/sqlite/migrations.ts';
import { openSqliteStore } from '../../../../server/store/sqlite/openSqliteStore.ts';
import { recordsOf } from '../../../../src/core/catalog/catalogDelta.ts';
import { validateCatalog } from '../../../../src/core/catalog/validateCatalog.ts';
import { fixtureCatalog } from '../../fixtures/fixtureCatalog.ts';
import { tempDir } from '../../tempDir.ts';

function fixtureRecords() {
  const checked = validateCatalog(fixtureCatalog());
  if (!checked.ok) throw new Error('the fixture catalog is invalid');
  return recordsOf(checked.catalog);
}

describe('the SQLite store', () => {
  it('creates its schema in balcao.sqlite in the data folder, in WAL mode', async () => {
    const dataDir = tempDir();
    await openSqliteStore(dataDir).close();
    const db = new Database(join(dataDir, 'balcao.sqlite'), { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
      expect(tables).toEqual([
        'catalog_records',
        'catalog_versions',
        'devices',
        'enroll_codes',
        'nonces',
        'requests',
        'spots',
      ]);
    } finally {
      db.close();
    }
  });

  it('keeps the catalog when the hub is restarted', async () => {
    const dataDir = tempDir();
    const first = openSqliteStore(dataDir);
    await first.applyImport(fixtureRecords(), 'test');
    const before = await first.deltaSince(0);
    await first.close();

    const again = openSqliteStore(dataDir);
    try {
      expect(await again.currentVersion()).toBe(1);
      expect(await again.deltaSince(0)).toEqual(before);
    } finally {
      await again.close();
    }
  });

  it('refuses a database written by a newer hub, saying so, and leaves it untouched', async () => {
    const dataDir = tempDir();
    await openSqliteStore(dataDir).close();
    const file = join(dataDir, 'balcao.sqlite');
    const db = new Database(file);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();

    expect(() => openSqliteStore(dataDir)).toThrow(/newer hub/);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    after.close();
  });

  it('leaves the database at the last whole step when a migration step fails', () => {
    const db = new Database(join(tempDir(), 'balcao.sqlite'));
    try {
      const steps = ['CREATE TABLE a (x INTEGER)', 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1)'];
      expect(() => migrate(db, 'test.sqlite', steps)).toThrow(/nowhere/);
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      expect(tables).toEqual(['a']);
      // Fixed code runs the failed step again on the next start.
      migrate(db, 'test.sqlite', ['CREATE TABLE a (x INTEGER)', 'CREATE TABLE b (x INTEGER)']);
      expect(db.pragma('user_version', { simple: true })).toBe(2);
    } finally {
      db.close();
    }
  });
});
