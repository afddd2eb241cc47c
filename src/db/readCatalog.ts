import type { Entity, LifeEvent, Service } from '../core/catalog/catalogSchema.ts';
import type { BalcaoDb, CatalogMeta } from './balcaoDb.ts';
import { EMPTY_META } from './catalogMeta.ts';

export interface CatalogView {
  meta: CatalogMeta;
  entities: Entity[];
  lifeEvents: LifeEvent[];
  services: Service[];
}

/**
 * The catalog as the screens use it, with the version it is at, read in one transaction: the version
 * shown and the records shown always come from the same refresh.
 */
export async function readCatalog(db: BalcaoDb): Promise<CatalogView> {
  return db.transaction('r', [db.meta, db.entities, db.lifeEvents, db.services], async () => {
    const [meta, entities, lifeEvents, services] = await Promise.all([
      db.meta.get('catalog'),
      db.entities.toArray(),
      db.lifeEvents.toArray(),
      db.services.toArray(),
    ]);
    lifeEvents.sort((a, b) => a.order - b.order);
    return { meta: meta ?? EMPTY_META, entities, lifeEvents, services };
  });
}
