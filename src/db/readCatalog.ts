import type { Entity, LifeEvent, Service } from '../core/catalog/catalogSchema.ts';
import type { BalcaoDb } from './balcaoDb.ts';

export interface CatalogView {
  entities: Entity[];
  lifeEvents: LifeEvent[];
  services: Service[];
}

/** The catalog as the screens use it, read in one transaction so the three lists are of one version. */
export async function readCatalog(db: BalcaoDb): Promise<CatalogView> {
  return db.transaction('r', [db.entities, db.lifeEvents, db.services], async () => {
    const [entities, lifeEvents, services] = await Promise.all([
      db.entities.toArray(),
      db.lifeEvents.orderBy('id').toArray(),
      db.services.toArray(),
    ]);
    lifeEvents.sort((a, b) => a.order - b.order);
    return { entities, lifeEvents, services };
  });
}
