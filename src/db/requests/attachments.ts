// The attachment store (issue 4, item 5): each scan or photo, already shrunk by the image worker, is
// encrypted with its attendance's content key before it is written. Crypto is awaited before the Dexie
// transaction, never inside one (an await on anything else lets IndexedDB commit it early).
import type { AttachmentRef } from '../../core/attendance/RequestPayload.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import { randomBytes } from '../secure/mediatorKeys.ts';
import { AlreadyCompleted } from './alreadyCompleted.ts';
import {
  ATTACHMENT_TYPES,
  AttachmentInRequest,
  AttachmentMissing,
  AttachmentTooLarge,
  AttachmentTypeRefused,
  AttachmentUnreadable,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_ATTENDANCE,
  TooManyAttachments,
} from './attachmentErrors.ts';
import type { AttachmentRecord } from './attachmentRecord.ts';
import { importContentKey } from './contentKey.ts';
import { sha256 } from './sha256.ts';
import { orStorageFull } from './storageFull.ts';

const IV_BYTES = 12;

export interface NewAttachment {
  attendanceId: string;
  fieldId: string;
  /** The attendance's content key (base64url). */
  contentKey: string;
  /** The shrunk image. */
  bytes: Uint8Array;
  type: string;
}

/**
 * Encrypts and keeps an attachment of an attendance in progress, and answers how the request will name it.
 * Throws AttachmentTooLarge, AttachmentTypeRefused, TooManyAttachments, AlreadyCompleted (the attendance
 * has ended), or StorageFull.
 */
export async function storeAttachment(db: BalcaoDb, input: NewAttachment, now = Date.now()): Promise<AttachmentRef> {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(input.type)) throw new AttachmentTypeRefused(input.type);
  if (input.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLarge(input.bytes.byteLength);
  if (input.attendanceId === '' || input.attendanceId.includes(':')) {
    // It delimits the additional data: a colon would let two bindings read the same.
    throw new TypeError('an attendance id must be non-empty, without ":"');
  }
  const id = crypto.randomUUID();
  const iv = randomBytes(IV_BYTES);
  const key = await importContentKey(input.contentKey);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: binding(id, input.attendanceId) },
      key,
      new Uint8Array(input.bytes),
    ),
  );
  const record: AttachmentRecord = {
    id,
    attendanceId: input.attendanceId,
    requestId: null,
    fieldId: input.fieldId,
    type: input.type,
    bytes: input.bytes.byteLength,
    digest: await sha256(ciphertext),
    iv,
    ciphertext,
    createdAt: now,
  };
  await orStorageFull(
    () =>
      db.transaction('rw', db.attachments, db.attendances, async () => {
        // A photo still shrinking when the attendance ended would be an orphan no request names.
        const ended = await db.attendances.get(input.attendanceId);
        if (ended) throw new AlreadyCompleted(input.attendanceId, ended.requestId);
        // Counted in the write's transaction, so two photos taken at once cannot both be the eleventh.
        const held = await db.attachments.where('attendanceId').equals(input.attendanceId).count();
        if (held >= MAX_ATTACHMENTS_PER_ATTENDANCE) throw new TooManyAttachments();
        await db.attachments.add(record);
      }),
    'the attachment',
  );
  return { id, fieldId: record.fieldId, type: record.type, bytes: record.bytes, digest: record.digest };
}

/** An attachment's image, decrypted. Throws AttachmentMissing, or AttachmentUnreadable for another key. */
export async function readAttachment(db: BalcaoDb, contentKey: string, id: string): Promise<Uint8Array<ArrayBuffer>> {
  const row = await db.attachments.get(id);
  if (!row) throw new AttachmentMissing([id]);
  const key = await importContentKey(contentKey);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: row.iv, additionalData: binding(row.id, row.attendanceId) },
        key,
        row.ciphertext,
      ),
    );
  } catch {
    throw new AttachmentUnreadable(`attachment ${id} does not open with this key`);
  }
}

/**
 * Drops an attachment the mediator removed from an attendance in progress. Throws AttachmentInRequest
 * for one a completed request names: that request is read-only.
 */
export async function deleteAttachment(db: BalcaoDb, id: string): Promise<void> {
  await db.transaction('rw', db.attachments, async () => {
    const row = await db.attachments.get(id);
    if (row?.requestId) throw new AttachmentInRequest(id, row.requestId);
    await db.attachments.delete(id);
  });
}

function binding(id: string, attendanceId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`attachment:${id}:${attendanceId}`);
}
