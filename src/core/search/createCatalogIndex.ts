import MiniSearch from 'minisearch';
import type { Entity, Service } from '../catalog/catalogSchema.ts';
import type { CatalogIndex } from './CatalogIndex.ts';
import { catalogIndexOf } from './catalogIndexOf.ts';
import { catalogIndexOptions } from './catalogIndexOptions.ts';

/**
 * A full-text index of the catalog's services, pt and en side by side. Building it takes ~5 ms for the
 * real catalog and about a second for 10,000 services (bench/search.ts), so it is rebuilt whenever the
 * catalog changes; `snapshot()` and `loadCatalogIndex` keep a big one across restarts instead.
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
