import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CatalogDelta,
  type CatalogSnapshot,
  canonicalJson,
  diffCatalog,
  mergeCatalog,
} from '../../../../src/core/catalog/catalogDelta.ts';
import { records, service } from '../../../kit/catalogFixture.ts';

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

function deltaBetween(previous: CatalogSnapshot, next: CatalogSnapshot): CatalogDelta {
  return { version: next.version, since: previous.version, full: false, ...diffCatalog(previous, next) };
}

describe('catalog deltas', () => {
  it('carries only the changed and the removed services', () => {
    const before = { version: 1, ...records([service('a'), service('b'), service('c')]) };
    const after = { version: 2, ...records([service('a'), service('b', { verifiedAt: '2026-12-01' }), service('d')]) };
    const delta = deltaBetween(before, after);
    expect(delta.upserts.services.map((s) => s.id).sort()).toEqual(['b', 'd']);
    expect(delta.deletions.services).toEqual(['c']);
    expect(delta.upserts.entities).toEqual([]);
  });

  it('sees no change when only the order of keys differs', () => {
    const a = service('a');
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(canonicalJson(a)).toBe(canonicalJson(reordered));
    const delta = diffCatalog(records([a]), records([reordered]));
    expect(delta.upserts.services).toEqual([]);
  });

  it('refuses a delta that starts at another version, so two versions never mix', () => {
    const snapshot = { version: 3, ...records() };
    const stale: CatalogDelta = { ...deltaBetween({ ...snapshot, version: 1 }, { ...snapshot, version: 4 }) };
    expect(() => mergeCatalog(snapshot, stale)).toThrow(/version 1 cannot apply to catalog version 3/);
  });

  it('replaces everything on a full delta', () => {
    const snapshot = { version: 3, ...records([service('old')]) };
    const full: CatalogDelta = {
      version: 9,
      since: 0,
      full: true,
      upserts: records([service('new')]),
      deletions: { entities: [], lifeEvents: [], services: [], forms: [] },
    };
    const merged = mergeCatalog(snapshot, full);
    expect(merged.version).toBe(9);
    expect(merged.services.map((s) => s.id)).toEqual(['new']);
  });

  it('merging the diff of any two catalogs gives the second one back', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    const catalog = ids.chain((list) =>
      fc.tuple(
        ...list.map((id) => fc.constantFrom('2026-01-01', '2026-06-01').map((d) => service(id, { verifiedAt: d }))),
      ),
    );
    fc.assert(
      fc.property(catalog, catalog, (first, second) => {
        const before = { version: 1, ...records(first) };
        const after = { version: 2, ...records(second) };
        const merged = mergeCatalog(before, deltaBetween(before, after));
        expect(byId(merged.services)).toEqual(byId(after.services));
        expect(merged.version).toBe(2);
      }),
    );
  });
});
