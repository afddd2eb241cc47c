import { describe, expect, it } from 'vitest';
import {
  type CatalogRecords,
  type CatalogSnapshot,
  mergeCatalog,
  recordsOf,
} from '../../../../src/core/catalog/catalogDelta.ts';
import type { CatalogInput } from '../../../../src/core/catalog/catalogSchema.ts';
import { validateCatalog } from '../../../../src/core/catalog/validateCatalog.ts';
import { fixtureCatalog } from '../../fixtures/fixtureCatalog.ts';
import { openTestStore } from '../../openTestStore.ts';

function records(input: CatalogInput): CatalogRecords {
  const checked = validateCatalog(input);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return recordsOf(checked.catalog);
}

/** The fixture with one service's fee changed, one service removed and one entity renamed. */
function editedCatalog(): CatalogInput {
  const edited = fixtureCatalog();
  const renew = edited.services[0];
  const fee = renew?.fees[0];
  if (!renew || !fee) throw new Error('fixture changed');
  fee.amountCents = 2000;
  edited.services = edited.services.filter((s) => s.id !== 'certidao-nascimento');
  const imt = edited.entities[1];
  if (imt) imt.acronym = 'IMT, I.P.';
  return edited;
}

const ids = (list: { id: string }[]) => list.map((r) => r.id).sort();

describe('catalog versions and deltas', () => {
  it('a changed catalog gets a new version, and the delta since the old one holds exactly what changed', async () => {
    const { store } = openTestStore();
    await store.applyImport(records(fixtureCatalog()), 'first');
    const old: CatalogSnapshot = { ...(await store.deltaSince(0)).upserts, version: 1 };

    const outcome = await store.applyImport(records(editedCatalog()), 'second');
    expect(outcome).toMatchObject({ version: 2, previousVersion: 1 });
    expect(outcome.changed.upserts).toEqual({ entities: 1, lifeEvents: 0, services: 1, forms: 0 });
    expect(outcome.changed.deletions).toEqual({ entities: 0, lifeEvents: 0, services: 1, forms: 0 });

    const delta = await store.deltaSince(1);
    expect(delta).toMatchObject({ version: 2, since: 1, full: false });
    expect(ids(delta.upserts.services)).toEqual(['cartao-cidadao-renovar']);
    expect(ids(delta.upserts.entities)).toEqual(['imt']);
    expect(delta.upserts.lifeEvents).toEqual([]);
    expect(delta.deletions).toEqual({ entities: [], lifeEvents: [], services: ['certidao-nascimento'], forms: [] });

    const merged = mergeCatalog(old, delta);
    const expected = records(editedCatalog());
    expect(merged.version).toBe(2);
    for (const kind of ['entities', 'lifeEvents', 'services', 'forms'] as const) {
      expect(ids(merged[kind])).toEqual(ids(expected[kind]));
      expect(merged[kind]).toEqual(expect.arrayContaining(expected[kind] as unknown[]));
    }
  });

  it('re-importing the same catalog does not move the version, so devices download nothing', async () => {
    const { store } = openTestStore();
    await store.applyImport(records(fixtureCatalog()), 'first');
    const outcome = await store.applyImport(records(fixtureCatalog()), 'again');
    expect(outcome).toMatchObject({ version: 1, previousVersion: 1 });
    expect(await store.currentVersion()).toBe(1);
    const delta = await store.deltaSince(1);
    expect(delta).toMatchObject({ version: 1, since: 1, full: false });
    expect(Object.values(delta.upserts).flat()).toEqual([]);
  });

  it('a device two versions behind gets both changes at once, and a removed-then-restored record as an upsert', async () => {
    const { store } = openTestStore();
    await store.applyImport(records(fixtureCatalog()), 'v1');
    await store.applyImport(records(editedCatalog()), 'v2');
    await store.applyImport(records(fixtureCatalog()), 'v3');
    const delta = await store.deltaSince(1);
    expect(delta).toMatchObject({ version: 3, since: 1, full: false });
    expect(ids(delta.upserts.services)).toEqual(['cartao-cidadao-renovar', 'certidao-nascimento']);
    expect(delta.deletions.services).toEqual([]);
    expect(Object.values((await store.deltaSince(3)).upserts).flat()).toEqual([]);
  });

  it('answers a full catalog to a new device and to one ahead of the hub (its data was reset)', async () => {
    const { store } = openTestStore();
    expect(await store.deltaSince(0)).toMatchObject({ version: 0, full: true });
    await store.applyImport(records(fixtureCatalog()), 'v1');
    await store.applyImport(records(editedCatalog()), 'v2');
    for (const since of [0, 9]) {
      const delta = await store.deltaSince(since);
      expect(delta).toMatchObject({ version: 2, since, full: true });
      expect(ids(delta.upserts.services)).toEqual(['carta-conducao-revalidar', 'cartao-cidadao-renovar']);
      expect(delta.deletions.services).toEqual([]);
    }
  });

  it('keeps the order of the imported file in a full answer', async () => {
    const { store } = openTestStore();
    const reordered = fixtureCatalog();
    reordered.services.reverse();
    await store.applyImport(records(reordered), 'v1');
    const full = await store.deltaSince(0);
    expect(full.upserts.services.map((s) => s.id)).toEqual(reordered.services.map((s) => s.id));
  });
});
