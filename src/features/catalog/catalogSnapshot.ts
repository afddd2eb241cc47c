import type { Entity, LifeEvent, Service } from '../../core/catalog/catalogSchema.ts';
import type { BalcaoDb, CatalogMeta } from '../../db/balcaoDb.ts';
import { catalogMeta } from '../../db/catalogMeta.ts';
import { readCatalog } from '../../db/readCatalog.ts';

/** The catalog as the screens read it: the records, their version, and lookups by id. */
export interface CatalogSnapshot {
  meta: CatalogMeta;
  entities: Entity[];
  lifeEvents: LifeEvent[];
  services: Service[];
  serviceById: ReadonlyMap<string, Service>;
  entityById: ReadonlyMap<string, Entity>;
  lifeEventById: ReadonlyMap<string, LifeEvent>;
}

/**
 * Reads the catalog and its meta. Run under liveQuery, it runs again after every transaction that
 * touches either, so the version and the records shown come from the same refresh.
 */
export async function readCatalogSnapshot(db: BalcaoDb): Promise<CatalogSnapshot> {
  const [meta, view] = await Promise.all([catalogMeta(db), readCatalog(db)]);
  return {
    meta,
    ...view,
    serviceById: new Map(view.services.map((service) => [service.id, service])),
    entityById: new Map(view.entities.map((entity) => [entity.id, entity])),
    lifeEventById: new Map(view.lifeEvents.map((event) => [event.id, event])),
  };
}
