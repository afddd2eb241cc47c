import type { BalcaoDb, CatalogMeta } from './balcaoDb.ts';

export const EMPTY_META: CatalogMeta = { id: 'catalog', version: 0, etag: null, checkedAt: null, updatedAt: null };

/** What the device knows of its catalog copy; version 0 means it has none yet. */
export async function catalogMeta(db: BalcaoDb): Promise<CatalogMeta> {
  return (await db.meta.get('catalog')) ?? EMPTY_META;
}

/** Records that the hub confirmed the copy is current (a 304), without touching the records. */
export async function markCatalogChecked(db: BalcaoDb, now: number): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const meta = (await db.meta.get('catalog')) ?? EMPTY_META;
    await db.meta.put({ ...meta, checkedAt: now });
  });
}
