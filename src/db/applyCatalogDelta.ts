import { CATALOG_KINDS, type CatalogDelta } from '../core/catalog/catalogDelta.ts';
import { formKey } from '../core/catalog/catalogSchema.ts';
import type { BalcaoDb, CatalogMeta } from './balcaoDb.ts';

/**
 * Applies a validated delta from the hub in ONE read-write transaction over every catalog table and
 * the version, so a failure anywhere (quota, a closed tab) rolls all of it back: the device never
 * holds half a catalog. A delta that does not start at the stored version is refused (it was meant for
 * another copy), and the caller fetches a full catalog instead.
 */
export async function applyCatalogDelta(
  db: BalcaoDb,
  delta: CatalogDelta,
  answer: { etag: string | null; now: number },
): Promise<void> {
  await db.transaction('rw', [db.entities, db.lifeEvents, db.services, db.forms, db.meta], async () => {
    const meta = await db.meta.get('catalog');
    const version = meta?.version ?? 0;
    if (!delta.full && delta.since !== version) {
      throw new CatalogVersionMismatch(`delta from version ${delta.since} does not apply to version ${version}`);
    }
    if (delta.full) await Promise.all(CATALOG_KINDS.map((kind) => db[kind].clear()));
    await Promise.all([
      db.entities.bulkDelete(delta.deletions.entities),
      db.lifeEvents.bulkDelete(delta.deletions.lifeEvents),
      db.services.bulkDelete(delta.deletions.services),
      db.forms.bulkDelete(delta.deletions.forms),
    ]);
    await Promise.all([
      db.entities.bulkPut(delta.upserts.entities),
      db.lifeEvents.bulkPut(delta.upserts.lifeEvents),
      db.services.bulkPut(delta.upserts.services),
      db.forms.bulkPut(delta.upserts.forms.map((form) => ({ ...form, key: formKey(form) }))),
    ]);
    const changed = delta.full || delta.version !== version;
    const next: CatalogMeta = {
      id: 'catalog',
      version: delta.version,
      etag: answer.etag,
      checkedAt: answer.now,
      updatedAt: changed ? answer.now : (meta?.updatedAt ?? answer.now),
    };
    await db.meta.put(next);
  });
}

export class CatalogVersionMismatch extends Error {
  override name = 'CatalogVersionMismatch';
}
