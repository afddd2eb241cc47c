import MiniSearch from 'minisearch';
import type { Entity, Service } from '../catalog/catalogSchema.ts';
import type { CatalogIndex } from './CatalogIndex.ts';
import { catalogIndexOf } from './catalogIndexOf.ts';
import { catalogIndexOptions } from './catalogIndexOptions.ts';

/**
 * A full-text index of the catalog's services, pt and en side by side. Building it takes ~5 ms for the
 * real catalog, so it is simply rebuilt whenever the catalog changes; at 10,000 services it would take
 * 1.5 s (bench/search.ts), and `snapshot()` with `loadCatalogIndex` revives one ten times faster.
 */
export function createCatalogIndex(services: readonly Service[], entities: readonly Entity[]): CatalogIndex {
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const mini = new MiniSearch(catalogIndexOptions);
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
  return catalogIndexOf(mini);
}
