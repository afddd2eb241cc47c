declare var self: DedicatedWorkerGlobalScope;

import { expose } from 'comlink';
import type { Entity, Service } from '../core/catalog/catalogSchema.ts';
import type { CatalogIndex } from '../core/search/CatalogIndex.ts';
import type { CatalogSearch } from '../core/search/CatalogSearch.ts';
import { createCatalogIndex } from '../core/search/createCatalogIndex.ts';
import type { SearchHit } from '../core/search/SearchHit.ts';

// Searching off the main thread keeps typing smooth while the index answers each keystroke.
let index: CatalogIndex | null = null;

const api = {
  load(services: Service[], entities: Entity[]): number {
    index = createCatalogIndex(services, entities);
    return index.size;
  },
  search(query: string, limit: number): SearchHit[] {
    return index?.search(query, limit) ?? [];
  },
} satisfies CatalogSearch;

export type SearchApi = typeof api;

expose(api, self);
