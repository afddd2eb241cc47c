import type { Entity, LifeEvent, Service } from '../core/catalog/catalogSchema.ts';
import type { BalcaoDb } from './balcaoDb.ts';
export interface CatalogView {
  entities: Entity[];
  lifeEvents: LifeEvent[];
  services: Service[];
}
/** The catalog as the screens use it, read in one transaction so the three lists are of one version. */
export declare function readCatalog(db: BalcaoDb): Promise<CatalogView>;
