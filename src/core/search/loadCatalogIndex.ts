import MiniSearch from 'minisearch';
import type { CatalogIndex } from './CatalogIndex.ts';
import type { CatalogIndexSnapshot } from './CatalogIndexSnapshot.ts';
import { catalogIndexOf } from './catalogIndexOf.ts';
import { catalogIndexOptions } from './catalogIndexOptions.ts';

/**
 * Revives an index from `snapshot()`, or answers null for a snapshot of another format (an older app
 * version's), which the caller replaces by building the index again with `createCatalogIndex`.
 */
export function loadCatalogIndex(snapshot: CatalogIndexSnapshot): CatalogIndex | null {
  if (snapshot.format !== 1) return null;
  return catalogIndexOf(MiniSearch.loadJS(snapshot.index, catalogIndexOptions));
}
