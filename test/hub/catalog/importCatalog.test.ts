import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../../server/catalog/importCatalog.ts';
import type { CatalogInput } from '../../../src/core/catalog/catalogSchema.ts';
import { fixtureCatalog } from '../fixtures/fixtureCatalog.ts';
import { openTestStore } from '../openTestStore.ts';

const text = (catalog: CatalogInput) => JSON.stringify(catalog, null, 2);

/** Imports the fixture, then `bad`, and answers the refusal's problems and whether the catalog moved. */
async function refusal(bad: string) {
  const { store } = openTestStore();
  const first = await importCatalog(store, text(fixtureCatalog()), 'good.json');
  expect(first.ok).toBe(true);
  const before = await store.deltaSince(0);
  const result = await importCatalog(store, bad, 'bad.json');
  if (result.ok) throw new Error('the bad catalog was accepted');
  expect(await store.currentVersion()).toBe(1);
  expect(await store.deltaSince(0)).toEqual(before);
  return result.problems;
}

describe('importing a catalog file', () => {
  it('accepts a valid file as version 1 with every record', async () => {
    const { store } = openTestStore();
    const result = await importCatalog(store, text(fixtureCatalog()), 'catalog.json');
    expect(result).toMatchObject({ ok: true, outcome: { version: 1, previousVersion: 0 } });
    expect(result.ok && result.outcome.changed.upserts).toEqual({ entities: 2, lifeEvents: 2, services: 3, forms: 1 });
  });

  it('refuses broken JSON with the line and column, keeping the catalog as it was', async () => {
    const lines = text(fixtureCatalog()).split('\n');
    const at = lines.findIndex((line) => line.includes('"acronym": "IMT",'));
    lines[at] = lines[at]?.replace('"IMT",', '"IMT"') ?? '';
    const problems = await refusal(lines.join('\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.record).toBe('catalog');
    // The missing comma shows where the next key starts, as an editor would number it.
    const column = (lines[at + 1]?.indexOf('"') ?? 0) + 1;
    expect(problems[0]?.message).toMatch(
      new RegExp(`^not valid JSON at line ${at + 2}, column ${column}: Expected ','`),
    );
  });

  it('finds the position even where JSON.parse gives none', async () => {
    const problems = await refusal('{\n  "entities": [\n    x\n  ]\n}');
    expect(problems[0]?.message).toMatch(/^not valid JSON at line 3, column 5: Unexpected token 'x'$/);
  });

  it('refuses a negative fee, naming the service and the field', async () => {
    const bad = fixtureCatalog();
    const fee = bad.services[1]?.fees[0];
    if (fee) fee.amountCents = -300;
    const problems = await refusal(text(bad));
    expect(problems).toContainEqual(
      expect.objectContaining({ record: 'services[1] (carta-conducao-revalidar)', field: 'fees[0].amountCents' }),
    );
  });

  it('refuses a service that names an entity not in the file', async () => {
    const bad = fixtureCatalog();
    const service = bad.services[2];
    if (service) service.entityId = 'at';
    const problems = await refusal(text(bad));
    expect(problems).toEqual([
      { record: 'services[2] (certidao-nascimento)', field: 'entityId', message: 'unknown entity "at"' },
    ]);
  });

  it('refuses two services with the same id', async () => {
    const bad = fixtureCatalog();
    const copy = { ...bad.services[0], name: { pt: 'Outro', en: 'Other' } } as (typeof bad.services)[number];
    bad.services.push(copy);
    const problems = await refusal(text(bad));
    expect(problems).toEqual([
      { record: 'services[3] (cartao-cidadao-renovar)', field: 'id', message: 'duplicate id cartao-cidadao-renovar' },
    ]);
  });

  it('lists every problem of a file at once, so the coordinator fixes them in one go', async () => {
    const bad = fixtureCatalog();
    const [first, second] = bad.services;
    const fee = first?.fees[0];
    if (fee && second) {
      fee.amountCents = 12.5;
      second.verifiedAt = 'yesterday';
    }
    const problems = await refusal(text(bad));
    expect(problems.map((p) => `${p.record} · ${p.field}`)).toEqual([
      'services[0] (cartao-cidadao-renovar) · fees[0].amountCents',
      'services[1] (carta-conducao-revalidar) · verifiedAt',
    ]);
  });

  it('accepts a file saved with a byte-order mark (as Windows editors do)', async () => {
    const { store } = openTestStore();
    const result = await importCatalog(store, `\ufeff${text(fixtureCatalog())}`, 'bom.json');
    expect(result.ok).toBe(true);
  });
});
