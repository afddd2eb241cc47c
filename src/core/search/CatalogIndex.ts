import type { CatalogIndexSnapshot } from './CatalogIndexSnapshot.ts';
import type { SearchHit } from './SearchHit.ts';

/** The services of one catalog, searchable by what a mediator types. */
export interface CatalogIndex {
  /** How many services the index holds. */
  readonly size: number;
  /** The best `limit` services for `query`, best first; none for a blank query or one of only stop words. */
  search(query: string, limit?: number): SearchHit[];
  snapshot(): CatalogIndexSnapshot;
}
