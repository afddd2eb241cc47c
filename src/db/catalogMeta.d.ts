import type { BalcaoDb, CatalogMeta } from './balcaoDb.ts';
/** What the device knows of its catalog copy; version 0 means it has none yet. */
export declare function catalogMeta(db: BalcaoDb): Promise<CatalogMeta>;
/** Records that the hub confirmed the copy is current (a 304), without touching the records. */
export declare function markCatalogChecked(db: BalcaoDb, now: number): Promise<void>;
