import type { CatalogFile } from '../../src/core/catalog/catalogSchema.ts';
import type { CatalogStore } from '../store/CatalogStore.ts';

/**
 * The current catalog as a catalog file, in the order it was imported, so a coordinator can edit it
 * and import it back (an unedited file imports as "nothing changed").
 */
export async function exportCatalog(store: CatalogStore): Promise<{ version: number; catalog: CatalogFile }> {
  const { version, upserts } = await store.deltaSince(0);
  const { entities, lifeEvents, services, forms } = upserts;
  return { version, catalog: { entities, lifeEvents, services, forms } };
}
