import { describe, expect, it } from 'vitest';
import type { CatalogIndexSnapshot } from '../../../../src/core/search/CatalogIndexSnapshot.ts';
import { createCatalogIndex } from '../../../../src/core/search/createCatalogIndex.ts';
import { loadCatalogIndex } from '../../../../src/core/search/loadCatalogIndex.ts';
import { entity, service } from '../../../kit/catalogFixture.ts';

describe('loadCatalogIndex', () => {
  const built = createCatalogIndex(
    [
      service('carta-revalidacao', { name: { pt: 'Revalidação da carta de condução', en: 'Licence renewal' } }),
      service('cc-renovacao', { name: { pt: 'Renovação do Cartão de Cidadão', en: 'Citizen Card renewal' } }),
    ],
    [entity('imt')],
  );

  it('revives an index that answers as the one it was taken from', () => {
    // Through structuredClone, as IndexedDB or a worker message would carry it.
    const revived = loadCatalogIndex(structuredClone(built.snapshot()));
    expect(revived?.size).toBe(2);
    for (const query of ['reno', 'condcao', 'renewal', 'IMT', 'carta xyzzy']) {
      expect(revived?.search(query)).toEqual(built.search(query));
    }
  });

  it('refuses a snapshot of another format, for the caller to build the index again', () => {
    const older = { ...built.snapshot(), format: 0 } as unknown as CatalogIndexSnapshot;
    expect(loadCatalogIndex(older)).toBeNull();
  });
});
