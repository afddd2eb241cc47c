import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Entity, Form, LifeEvent, Service } from '../core/catalog/catalogSchema.ts';
/** A form version as stored: keyed by `id@version`, immutable once written. */
export type StoredForm = Form & {
  key: string;
};
/**
 * Facts about the catalog copy, kept in the same database as the records so that the version moves in
 * the same transaction as the data it describes (idb-keyval is a separate database: it holds settings).
 */
export interface CatalogMeta {
  id: 'catalog';
  version: number;
  /** The hub's ETag for the answer that brought this version. */
  etag: string | null;
  /** When the device last heard from the hub about the catalog (a 200 or a 304), epoch ms. */
  checkedAt: number | null;
  /** When the catalog last changed on the device, epoch ms. */
  updatedAt: number | null;
}
export declare class BalcaoDb extends Dexie {
  entities: EntityTable<Entity, 'id'>;
  lifeEvents: EntityTable<LifeEvent, 'id'>;
  services: EntityTable<Service, 'id'>;
  forms: Table<StoredForm, string>;
  meta: EntityTable<CatalogMeta, 'id'>;
  constructor(
    name?: string,
    options?: {
      indexedDB?: IDBFactory;
      IDBKeyRange?: typeof IDBKeyRange;
    },
  );
}
/** The device's database, opened once per realm (window or service worker). */
export declare function balcaoDb(): BalcaoDb;
