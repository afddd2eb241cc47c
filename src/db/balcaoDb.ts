// The one Dexie schema of the device, shared by the window and the service worker. Tables are reached
// through the intent-named functions beside this file, never raw from a component.
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Entity, Form, LifeEvent, Service } from '../core/catalog/catalogSchema.ts';
import type { DeviceRecord } from './device/deviceRecord.ts';
import type { AttachmentRecord } from './requests/attachmentRecord.ts';
import type { AttendanceLogRecord } from './requests/attendanceLogRecord.ts';
import type { OutboxRecord } from './requests/outboxRecord.ts';
import type { DraftRecord } from './secure/draftRecord.ts';
import type { MediatorRecord } from './secure/mediatorRecord.ts';

/** A form version as stored: keyed by `id@version`, immutable once written. */
export type StoredForm = Form & { key: string };

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

export class BalcaoDb extends Dexie {
  entities!: EntityTable<Entity, 'id'>;
  lifeEvents!: EntityTable<LifeEvent, 'id'>;
  services!: EntityTable<Service, 'id'>;
  forms!: Table<StoredForm, string>;
  meta!: EntityTable<CatalogMeta, 'id'>;
  /** The device's identity: one row, holding its non-extractable signing key (src/db/device/). */
  device!: EntityTable<DeviceRecord, 'id'>;
  /** The mediators of this device, each with a data key wrapped under their secret (src/db/secure/). */
  mediators!: EntityTable<MediatorRecord, 'id'>;
  /** Attendances in progress, encrypted under their mediator's data key; only non-personal fields indexed. */
  drafts!: EntityTable<DraftRecord, 'id'>;
  /** Completed requests, sealed to the hub, with a copy only their mediator can open (src/db/requests/). */
  outbox!: EntityTable<OutboxRecord, 'id'>;
  /** Scans and photos, encrypted with their request's content key. */
  attachments!: EntityTable<AttachmentRecord, 'id'>;
  /** The anonymous log of attendances: service, times, outcome, priority; nothing about the citizen. */
  attendances!: EntityTable<AttendanceLogRecord, 'id'>;

  constructor(name = 'balcao', options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    // Strict durability: a write is reported done only once it is on disk (Chrome's default is relaxed).
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      entities: 'id',
      lifeEvents: 'id',
      services: 'id, entityId, *lifeEventIds, *spotKinds',
      forms: 'key, [id+version], serviceId',
      meta: 'id',
    });
    // Device identity, mediators and encrypted drafts (issue 3). Only the new tables are listed.
    this.version(2).stores({
      device: 'id',
      mediators: 'id',
      drafts: 'id, mediatorId, [mediatorId+updatedAt]',
    });
    // Completed requests, their attachments and the attendance log (issue 4). Only the new tables are listed.
    this.version(3).stores({
      outbox: 'id, state, mediatorId, completedAt, replaces',
      attachments: 'id, attendanceId, requestId',
      attendances: 'id, mediatorId, startedAt',
    });
    // The sender's queries (issue 5): what is queued, oldest first; what is due to retry; whose lease ran
    // out. A null time is not a key, so each compound index holds only the rows of its state that have one.
    this.version(4).stores({
      outbox:
        'id, state, mediatorId, completedAt, replaces, [state+completedAt], [state+nextAttemptAt], [state+leaseUntil]',
    });
  }
}

let shared: BalcaoDb | undefined;

/** The device's database, opened once per realm (window or service worker). */
export function balcaoDb(): BalcaoDb {
  shared ??= new BalcaoDb();
  return shared;
}
