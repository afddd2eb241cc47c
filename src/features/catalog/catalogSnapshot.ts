import type { Entity, LifeEvent, Service } from '../../core/catalog/catalogSchema.ts';
import type { BalcaoDb, CatalogMeta } from '../../db/balcaoDb.ts';
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

/** Reads the catalog with its version (one transaction) and indexes it by id; run under liveQuery. */
export async function readCatalogSnapshot(db: BalcaoDb): Promise<CatalogSnapshot> {
  const view = await readCatalog(db);
  return {
    ...view,
    serviceById: new Map(view.services.map((service) => [service.id, service])),
    entityById: new Map(view.entities.map((entity) => [entity.id, entity])),
    lifeEventById: new Map(view.lifeEvents.map((event) => [event.id, event])),
  };
}
