import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../../server/catalog/importCatalog.ts';
import { seedCatalog } from '../../../server/catalog/seedCatalog.ts';
import { readConfig } from '../../../server/config.ts';
import { FIXTURE_CATALOG_FILE, fixtureCatalog } from '../fixtures/fixtureCatalog.ts';
import { openTestStore } from '../openTestStore.ts';
import { tempDir } from '../tempDir.ts';

// The seed the hub uses when BALCAO_SEED is not set.
const SHIPPED_SEED = readConfig({ BALCAO_DATA: tmpdir() }).seedFile;

describe('seeding the catalog on first start', () => {
  it('imports the seed into an empty catalog as version 1, with all its services', async () => {
    const { store } = openTestStore();
    const outcome = await seedCatalog(store, FIXTURE_CATALOG_FILE);
    expect(outcome?.version).toBe(1);
    const full = await store.deltaSince(0);
    expect(full.upserts.services.map((s) => s.id)).toEqual(fixtureCatalog().services.map((s) => s.id));
  });

  it('leaves a catalog a coordinator already imported alone', async () => {
    const { store } = openTestStore();
    const own = fixtureCatalog();
    own.services = own.services.slice(0, 1);
    own.forms = [];
    await importCatalog(store, JSON.stringify(own), 'own.json');
    expect(await seedCatalog(store, FIXTURE_CATALOG_FILE)).toBeNull();
    expect((await store.deltaSince(0)).upserts.services).toHaveLength(1);
  });

  it('stops the start when the seed is invalid, naming the problem', async () => {
    const { store } = openTestStore();
    const seed = join(tempDir(), 'seed.json');
    const bad = fixtureCatalog();
    if (bad.services[0]) bad.services[0].entityId = 'nobody';
    writeFileSync(seed, JSON.stringify(bad));
    await expect(seedCatalog(store, seed)).rejects.toThrow(/services\[0\] \(cartao-cidadao-renovar\) · entityId/);
    expect(await store.currentVersion()).toBe(0);
  });

  it('the seed the hub ships with is valid and becomes version 1', async () => {
    const { store } = openTestStore();
    const outcome = await seedCatalog(store, SHIPPED_SEED);
    const shipped = JSON.parse(readFileSync(SHIPPED_SEED, 'utf8')) as { services: unknown[] };
    expect(outcome?.version).toBe(1);
    expect(outcome?.changed.upserts.services).toBe(shipped.services.length);
  });
});

describe("the seed's guides for the citizen (issue 6, item 2)", () => {
  const shipped = JSON.parse(readFileSync(SHIPPED_SEED, 'utf8')) as {
    services: { id: string; guide: unknown[]; aloneWith?: string[]; teachBack?: unknown[] }[];
  };

  it('gives every service its steps, what a citizen needs to do it alone, and two or three teach-back questions', () => {
    const thin = shipped.services.filter(
      (s) =>
        s.guide.length < 3 ||
        (s.aloneWith?.length ?? 0) === 0 ||
        (s.teachBack?.length ?? 0) < 2 ||
        (s.teachBack?.length ?? 0) > 3,
    );
    expect(thin.map((s) => s.id)).toEqual([]);
  });

  it('refuses a catalog with more than three teach-back questions for a service, naming it', async () => {
    const { store } = openTestStore();
    const bad = fixtureCatalog();
    const question = { question: { pt: 'Onde?', en: 'Where?' }, answer: { pt: 'Ali.', en: 'There.' } };
    if (bad.services[0]) Object.assign(bad.services[0], { teachBack: [question, question, question, question] });
    const outcome = await importCatalog(store, JSON.stringify(bad), 'bad.json');
    expect(outcome.ok).toBe(false);
    expect(JSON.stringify(outcome)).toMatch(/cartao-cidadao-renovar.*teachBack.*at most 3 teach-back questions/);
    expect(await store.currentVersion()).toBe(0);
  });
});
