import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../server/store/sqlite/migrate.ts';
import { migrations } from '../../../server/store/sqlite/migrations.ts';
import { recordsOf } from '../../../src/core/catalog/catalogDelta.ts';
import type { CatalogInput } from '../../../src/core/catalog/catalogSchema.ts';
import { validateCatalog } from '../../../src/core/catalog/validateCatalog.ts';
import { openTestStore } from '../openTestStore.ts';
import { tempDir } from '../tempDir.ts';
import { seedWithFixture } from './requestCatalog.ts';

function records(change: (catalog: CatalogInput) => void = () => {}) {
  const catalog = seedWithFixture();
  change(catalog);
  const checked = validateCatalog(catalog);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return recordsOf(checked.catalog);
}

const withoutCertificate = (catalog: CatalogInput) => {
  catalog.services = catalog.services.filter((s) => s.id !== 'ensaio-certidao');
  catalog.forms = (catalog.forms ?? []).filter((f) => f.id !== 'ensaio-certidao');
};

describe('the service and form versions the hub judges requests by', () => {
  it('keeps a removed service and form version, through a restart, and answers nothing for one never had', async () => {
    const dataDir = tempDir();
    const first = openTestStore(dataDir).store;
    const before = records();
    await first.applyImport(before, 'v1');
    await first.applyImport(records(withoutCertificate), 'v2');
    await first.close();

    const { store } = openTestStore(dataDir);
    expect(await store.service('ensaio-certidao')).toEqual(before.services.find((s) => s.id === 'ensaio-certidao'));
    expect(await store.formVersion('ensaio-certidao', 1)).toEqual(before.forms.find((f) => f.id === 'ensaio-certidao'));
    expect(await store.formVersion('ensaio-certidao', 2)).toBeUndefined();
    expect(await store.service('servico-que-nao-ha')).toBeUndefined();
    // Devices still learn of the removal.
    expect((await store.deltaSince(1)).deletions.services).toEqual(['ensaio-certidao']);
  });

  it('answers the current service once it changed or came back, not the removed one', async () => {
    const { store } = openTestStore();
    await store.applyImport(records(), 'v1');
    await store.applyImport(records(withoutCertificate), 'v2');
    const back = records((catalog) => {
      const certificate = catalog.services.find((s) => s.id === 'ensaio-certidao');
      const fee = certificate?.fees[0];
      if (fee) fee.amountCents = 1200;
    });
    await store.applyImport(back, 'v3');
    expect((await store.service('ensaio-certidao'))?.fees[0]?.amountCents).toBe(1200);
  });

  it('upgrades a database of the previous schema in place, its catalog intact', async () => {
    const dataDir = tempDir();
    const db = new Database(join(dataDir, 'balcao.sqlite'));
    migrate(db, 'balcao.sqlite', migrations.slice(0, 2));
    db.close();
    const { store } = openTestStore(dataDir);
    await store.applyImport(records(), 'v1');
    await store.applyImport(records(withoutCertificate), 'v2');
    expect((await store.formVersion('ensaio-certidao', 1))?.serviceId).toBe('ensaio-certidao');
  });
});
