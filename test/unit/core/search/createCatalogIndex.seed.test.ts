import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../../../src/core/catalog/validateCatalog.ts';
import { createCatalogIndex } from '../../../../src/core/search/createCatalogIndex.ts';

// The real seed catalog, as the hub imports it: rankings are checked on the words mediators will meet.
// A path, not a URL: under happy-dom `URL` is happy-dom's, which Node's fs does not take.
const SEED = join(import.meta.dirname, '../../../../server/seed/catalog.json');
const checked = validateCatalog(JSON.parse(readFileSync(SEED, 'utf8')));
if (!checked.ok) throw new Error('server/seed/catalog.json is not a valid catalog');
const { services, entities } = checked.catalog;
const index = createCatalogIndex(services, entities);

const ids = (query: string, limit?: number) => index.search(query, limit).map((hit) => hit.id);
const idsWhere = (keep: (service: (typeof services)[number]) => boolean) =>
  services.filter(keep).map((service) => service.id);
const drivingLicence = idsWhere((s) => s.name.pt.includes('carta de condução'));
const citizenCard = idsWhere((s) => s.name.pt.includes('Cartão de Cidadão'));

describe('searching the seed catalog', () => {
  it('holds the services these tests name', () => {
    expect(index.size).toBe(services.length);
    expect(drivingLicence).toEqual(expect.arrayContaining(['carta-revalidacao', 'carta-segunda-via']));
    expect(citizenCard).toEqual(expect.arrayContaining(['cc-renovacao', 'cc-alteracao-morada']));
  });

  it('finds the driving-licence revalidation for "cartao conducao", one letter off "carta"', () => {
    const hits = ids('cartao conducao');
    expect(hits.slice(0, 3)).toContain('carta-revalidacao');
    expect(hits.slice(0, drivingLicence.length).sort()).toEqual([...drivingLicence].sort());
  });

  it('lists the Citizen Card services first for "cartao cidadao"', () => {
    expect(ids('cartao cidadao').slice(0, citizenCard.length).sort()).toEqual([...citizenCard].sort());
  });

  it('still finds the driving-licence services with a typo ("condcao")', () => {
    expect(ids('condcao').slice(0, drivingLicence.length).sort()).toEqual([...drivingLicence].sort());
  });

  it('finds "Renovação…" from its first letters ("reno")', () => {
    expect(ids('reno')[0]).toBe('cc-renovacao');
    expect(ids('renov cartao')[0]).toBe('cc-renovacao');
  });

  it('ignores accents and capitals in the query', () => {
    expect(index.search('CONDUÇÃO')).toEqual(index.search('conducao'));
    expect(index.search('Cartão de Cidadão')).toEqual(index.search('cartao cidadao'));
  });

  it('finds services by their English names', () => {
    expect(ids('criminal record')[0]).toBe('registo-criminal');
    expect(ids('citizen card renewal')[0]).toBe('cc-renovacao');
    expect(ids('driving licence').slice(0, drivingLicence.length).sort()).toEqual([...drivingLicence].sort());
    expect(ids('birth certificate')[0]).toBe('certidao-nascimento');
  });

  it("finds an entity's services by its acronym or its name", () => {
    const imt = idsWhere((s) => s.entityId === 'imt');
    expect(ids('IMT').slice(0, imt.length).sort()).toEqual([...imt].sort());
    expect(ids('Segurança Social')).toEqual(expect.arrayContaining(idsWhere((s) => s.entityId === 'iss')));
  });

  it('reads the ordinal of "2.ª via" however it is typed', () => {
    expect(ids('2.ª via carta')[0]).toBe('carta-segunda-via');
    expect(ids('2a via carta')[0]).toBe('carta-segunda-via');
    expect(ids('segunda via carta')[0]).toBe('carta-segunda-via');
  });

  it('keeps the services the other words describe when one word matches nothing', () => {
    expect(ids('xyzzy')).toEqual([]);
    expect(ids('carta conducao xyzzy').slice(0, 3).sort()).toEqual([...drivingLicence].sort());
  });

  it('finds every service in the top 3 by its Portuguese name, typed without accents or in capitals', () => {
    const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
    const typings = fc.constantFrom(
      withoutAccents,
      (text: string) => text.toUpperCase(),
      (text: string) => withoutAccents(text).toLowerCase(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...services), typings, (service, typed) => {
        expect(ids(typed(service.name.pt), 3)).toContain(service.id);
      }),
      { numRuns: services.length * 3 },
    );
  });
});
