import * as v from 'valibot';
import {
  type CatalogFile,
  type Entity,
  EntitySchema,
  type Form,
  FormSchema,
  formKey,
  type LifeEvent,
  LifeEventSchema,
  type Service,
  ServiceSchema,
} from './catalogSchema.ts';

/** The four kinds of catalog record that travel from the hub to the device. */
export const CATALOG_KINDS = ['entities', 'lifeEvents', 'services', 'forms'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export interface CatalogRecords {
  entities: Entity[];
  lifeEvents: LifeEvent[];
  services: Service[];
  forms: Form[];
}

/** A catalog as the device holds it: the records at one version. */
export interface CatalogSnapshot extends CatalogRecords {
  version: number;
}

const Version = v.pipe(v.number(), v.integer(), v.minValue(0));
const Keys = v.array(v.string());

/**
 * What `GET /api/catalog?since=N` answers: every record changed after version `since` and the keys of
 * those removed, up to `version`. `full` means the device must replace its whole catalog (a first
 * download, or a `since` the hub no longer knows), and then `deletions` is empty.
 */
export const CatalogDeltaSchema = v.pipe(
  v.strictObject({
    version: Version,
    since: Version,
    full: v.boolean(),
    upserts: v.strictObject({
      entities: v.array(EntitySchema),
      lifeEvents: v.array(LifeEventSchema),
      services: v.array(ServiceSchema),
      forms: v.array(FormSchema),
    }),
    deletions: v.strictObject({ entities: Keys, lifeEvents: Keys, services: Keys, forms: Keys }),
  }),
  v.check((d) => d.full || d.since <= d.version, 'a delta cannot end before it starts'),
);
export type CatalogDelta = v.InferOutput<typeof CatalogDeltaSchema>;

/** The key a record is stored under: its id, or `id@version` for the immutable form versions. */
export function recordKey(kind: CatalogKind, record: Entity | LifeEvent | Service | Form): string {
  return kind === 'forms' ? formKey(record as Form) : record.id;
}

export function emptyRecords(): CatalogRecords {
  return { entities: [], lifeEvents: [], services: [], forms: [] };
}

/**
 * Applies a delta to a snapshot (pure; the device does the same inside one IndexedDB transaction).
 * A delta that does not start at the snapshot's version is refused, so a lost or reordered answer can
 * never leave a catalog that mixes two versions.
 */
export function mergeCatalog(snapshot: CatalogSnapshot, delta: CatalogDelta): CatalogSnapshot {
  if (!delta.full && delta.since !== snapshot.version) {
    throw new Error(`delta from version ${delta.since} cannot apply to catalog version ${snapshot.version}`);
  }
  const next: CatalogSnapshot = { version: delta.version, ...emptyRecords() };
  for (const kind of CATALOG_KINDS) {
    const byKey = new Map<string, unknown>();
    if (!delta.full) for (const r of snapshot[kind]) byKey.set(recordKey(kind, r), r);
    for (const key of delta.deletions[kind]) byKey.delete(key);
    for (const r of delta.upserts[kind]) byKey.set(recordKey(kind, r), r);
    (next[kind] as unknown[]) = [...byKey.values()];
  }
  return next;
}

/**
 * What changed from one catalog to the next: the records that are new or different, and the keys of
 * those that are gone. The hub stores this at every import; `mergeCatalog` of it gives `next` back.
 */
export function diffCatalog(
  previous: CatalogRecords,
  next: CatalogRecords,
): {
  upserts: CatalogRecords;
  deletions: Record<CatalogKind, string[]>;
} {
  const upserts = emptyRecords();
  const deletions: Record<CatalogKind, string[]> = { entities: [], lifeEvents: [], services: [], forms: [] };
  for (const kind of CATALOG_KINDS) {
    const before = new Map<string, string>();
    for (const r of previous[kind]) before.set(recordKey(kind, r), canonicalJson(r));
    const after = new Set<string>();
    for (const r of next[kind]) {
      const key = recordKey(kind, r);
      after.add(key);
      if (before.get(key) !== canonicalJson(r)) (upserts[kind] as unknown[]).push(r);
    }
    for (const key of before.keys()) if (!after.has(key)) deletions[kind].push(key);
  }
  return { upserts, deletions };
}

export function recordsOf(catalog: CatalogFile): CatalogRecords {
  const { entities, lifeEvents, services, forms } = catalog;
  return { entities, lifeEvents, services, forms };
}

/** JSON with object keys sorted, so two equal records always compare (and digest) the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}
