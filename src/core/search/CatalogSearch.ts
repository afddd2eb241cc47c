import type { Entity, Service } from '../catalog/catalogSchema.ts';
import type { SearchHit } from './SearchHit.ts';

/**
 * What the search worker offers, declared here rather than read off the worker (`typeof api`) because
 * the page's tsconfig cannot include a WebWorker file; the worker checks its API `satisfies` this.
 */
export interface CatalogSearch {
  /** Replaces the index with one of these services; answers how many it holds. */
  load(services: Service[], entities: Entity[]): number;
  search(query: string, limit: number): SearchHit[];
}
