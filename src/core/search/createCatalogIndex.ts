import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Entity, Service } from '../catalog/catalogSchema.ts';
import type { CatalogIndex } from './CatalogIndex.ts';
import { normaliseTerm } from './normaliseTerm.ts';
import { queryTerms } from './queryTerms.ts';
import type { SearchHit } from './SearchHit.ts';
import { tokenize } from './tokenize.ts';

interface IndexedService {
  id: string;
  name: string;
  keywords: string;
  description: string;
  entity: string;
}

const FIELDS = ['name', 'keywords', 'description', 'entity'] as const;

// A word in the name says what the service is; a keyword what it is for; the description only
// mentions it. The entity is lowest, yet enough for "IMT" or "Segurança Social" to find its services.
const BOOST: Record<(typeof FIELDS)[number], number> = { name: 8, keywords: 3, description: 1, entity: 0.5 };

// "2ª via" is indexed as "2a" and as "2", so both "2a via" and "2 via" find it.
const ORDINAL = /^(\d+)[ao]$/;

const SEARCH: SearchOptions = {
  // The mediator types while the citizen talks: any word may be unfinished ("reno" → "renovação").
  prefix: true,
  // One slip for words of four letters or more; MiniSearch reads a number ≥ 1 as an edit distance and one
  // below 1 as a fraction of the length, so a function keeps the rule exact. Three letters ("IMT", "via")
  // with one edit would match half the vocabulary.
  fuzzy: (term) => (term.length >= 4 ? 1 : 0),
  boost: BOOST,
};

/**
 * A full-text index of the catalog's services (pt and en side by side, so either language finds them).
 * It is cheap to rebuild (about 50 ms for 10,000 services, see `bench/search.ts`), so it is built from
 * the catalog whenever the catalog changes rather than stored.
 */
export function createCatalogIndex(services: readonly Service[], entities: readonly Entity[]): CatalogIndex {
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const mini = new MiniSearch<IndexedService>({
    fields: [...FIELDS],
    tokenize,
    processTerm: (term) => {
      const normal = normaliseTerm(term);
      const ordinal = normal === null ? null : ORDINAL.exec(normal);
      return ordinal?.[1] ? [ordinal[0], ordinal[1]] : normal;
    },
    searchOptions: { ...SEARCH, processTerm: normaliseTerm },
  });
  mini.addAll(
    services.map((service) => {
      const entity = entityById.get(service.entityId);
      return {
        id: service.id,
        name: `${service.name.pt} ${service.name.en}`,
        keywords: [...service.keywords.pt, ...service.keywords.en].join(' '),
        description: `${service.description.pt} ${service.description.en}`,
        entity: entity ? `${entity.acronym} ${entity.name.pt} ${entity.name.en}` : '',
      };
    }),
  );

  return {
    size: mini.documentCount,
    search(query: string, limit = 20): SearchHit[] {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      const text = terms.join(' ');
      // Every word must match, so each word typed narrows the list; only when that finds nothing does any
      // word do, so a stray word ("carta condução porto") still leaves the services the rest describes.
      let results = mini.search(text, { combineWith: 'AND' });
      if (results.length === 0) results = mini.search(text, { combineWith: 'OR' });
      return results.slice(0, limit).map((result) => ({ id: String(result.id), score: result.score }));
    },
  };
}
