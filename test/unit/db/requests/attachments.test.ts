import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64url } from '../../../../src/core/deviceAuth/signedCall.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { AlreadyCompleted } from '../../../../src/db/requests/alreadyCompleted.ts';
import {
  AttachmentInRequest,
  AttachmentMissing,
  AttachmentTooLarge,
  AttachmentTypeRefused,
  AttachmentUnreadable,
  MAX_ATTACHMENT_BYTES,
  TooManyAttachments,
} from '../../../../src/db/requests/attachmentErrors.ts';
import {
  deleteAttachment,
  type NewAttachment,
  readAttachment,
  storeAttachment,
} from '../../../../src/db/requests/attachments.ts';
import { importContentKey, newContentKey } from '../../../../src/db/requests/contentKey.ts';
import { endAttendance } from '../../../../src/db/requests/endAttendance.ts';
import { StorageFull } from '../../../../src/db/requests/storageFull.ts';
import { CANARY_NIF, canariesIn } from '../../../kit/canary.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { quotaError, scan } from './requestKit.ts';

let db: BalcaoDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

function attachment(changes: Partial<NewAttachment> = {}): NewAttachment {
  return {
    attendanceId: 'attendance-1',
    fieldId: 'proof-of-address',
    contentKey: changes.contentKey ?? newContentKey(),
    bytes: scan(),
    type: 'image/jpeg',
    ...changes,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );
}

describe('content keys', () => {
  it('makes a fresh 32-byte key each time, usable but not exportable', async () => {
    const a = newContentKey();
    expect(fromBase64url(a).byteLength).toBe(32);
    expect(newContentKey()).not.toBe(a);
    const key = await importContentKey(a);
    expect(key.extractable).toBe(false);
    await expect(importContentKey(a.slice(0, 20))).rejects.toThrow(TypeError);
    await expect(importContentKey('not base64url!')).rejects.toThrow(TypeError);
  });
});

describe('the attachment store', () => {
  it('keeps a scan encrypted and gives it back with the attendance’s content key only', async () => {
    db = freshDb();
    const input = attachment();
    const ref = await storeAttachment(db, input);

    expect(ref).toEqual({
      id: ref.id,
      fieldId: 'proof-of-address',
      type: 'image/jpeg',
      bytes: 2_048,
      digest: ref.digest,
    });
    const row = await db.attachments.get(ref.id);
    if (!row) throw new Error('not stored');
    expect(row.ciphertext).toBeInstanceOf(Uint8Array);
    expect(row.iv.byteLength).toBe(12);
    expect(row).toMatchObject({ attendanceId: 'attendance-1', requestId: null });
    expect(canariesIn([row])).toEqual([]);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', row.ciphertext));
    expect(fromBase64url(ref.digest)).toEqual(digest);

    expect(await readAttachment(db, input.contentKey, ref.id)).toEqual(input.bytes);
    await expect(readAttachment(db, newContentKey(), ref.id)).rejects.toBeInstanceOf(AttachmentUnreadable);
    // Moved under another attendance, it no longer opens.
    await db.attachments.put({ ...row, attendanceId: 'attendance-2' });
    await expect(readAttachment(db, input.contentKey, ref.id)).rejects.toBeInstanceOf(AttachmentUnreadable);
  });

  it('uses a fresh IV for every attachment, even the same image under the same key', async () => {
    db = freshDb();
    const contentKey = newContentKey();
    const a = await storeAttachment(db, attachment({ contentKey }));
    const b = await storeAttachment(db, attachment({ contentKey }));
    expect((await db.attachments.get(a.id))?.iv).not.toEqual((await db.attachments.get(b.id))?.iv);
    expect(a.digest).not.toBe(b.digest);
  });

  it('accepts 4 MiB and refuses a byte more, saying the limit', async () => {
    db = freshDb();
    await storeAttachment(db, attachment({ bytes: new Uint8Array(MAX_ATTACHMENT_BYTES) }));
    const error = await rejection(storeAttachment(db, attachment({ bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1) })));
    expect(error).toBeInstanceOf(AttachmentTooLarge);
    expect(error).toMatchObject({ limit: 4 * 1024 * 1024, bytes: MAX_ATTACHMENT_BYTES + 1 });
    expect(await db.attachments.count()).toBe(1);
  });

  it('refuses images that are not JPEG or WebP', async () => {
    db = freshDb();
    for (const type of ['image/png', 'application/pdf', 'image/svg+xml', '']) {
      await expect(storeAttachment(db, attachment({ type }))).rejects.toBeInstanceOf(AttachmentTypeRefused);
    }
    await storeAttachment(db, attachment({ type: 'image/webp' }));
    expect(await db.attachments.count()).toBe(1);
  });

  it('holds at most 10 attachments per attendance, even stored at once', async () => {
    db = freshDb();
    const tries = await Promise.allSettled(Array.from({ length: 12 }, () => storeAttachment(db, attachment())));
    expect(tries.filter((t) => t.status === 'fulfilled')).toHaveLength(10);
    const refused = tries.find((t) => t.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(TooManyAttachments);
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({ limit: 10 });
    // Another attendance has its own ten.
    await storeAttachment(db, attachment({ attendanceId: 'attendance-2' }));
  });

  it('refuses an attachment for an attendance that has ended', async () => {
    db = freshDb();
    await endAttendance(db, {
      attendanceId: 'attendance-1',
      mediatorId: 'm-1',
      serviceId: null,
      priority: null,
      startedAt: 0,
      outcome: 'information-only',
    });
    await expect(storeAttachment(db, attachment())).rejects.toBeInstanceOf(AlreadyCompleted);
    expect(await db.attachments.count()).toBe(0);
  });

  it('says StorageFull when the disk is full, and keeps nothing', async () => {
    db = freshDb();
    vi.spyOn(db.attachments, 'add').mockRejectedValue(quotaError());
    await expect(storeAttachment(db, attachment())).rejects.toBeInstanceOf(StorageFull);
    expect(await db.attachments.count()).toBe(0);
  });

  it('deletes an attachment removed from an attendance, but not one a completed request names', async () => {
    db = freshDb();
    const input = attachment();
    const ref = await storeAttachment(db, input);
    await deleteAttachment(db, ref.id);
    await expect(readAttachment(db, input.contentKey, ref.id)).rejects.toBeInstanceOf(AttachmentMissing);

    const sent = await storeAttachment(db, input);
    await db.attachments.update(sent.id, { requestId: 'request-1' });
    await expect(deleteAttachment(db, sent.id)).rejects.toBeInstanceOf(AttachmentInRequest);
    expect(await readAttachment(db, input.contentKey, sent.id)).toEqual(input.bytes);
    expect(canariesIn([await db.attachments.toArray()], [CANARY_NIF])).toEqual([]);
  });
});
