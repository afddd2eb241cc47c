// The device's uploadAttachment against the real hub: what a mediator's laptop does with an attachment of
// a completed request, through the app's own enrollment, key and database.
import { describe, expect, it } from 'vitest';
import { attachmentsHeld } from '../../../server/uploads/attachmentsHeld.ts';
import { dropUpload, uploadsFolder } from '../../../server/uploads/uploadFiles.ts';
import { UPLOAD_CHUNK_BYTES, UPLOAD_CODES, UPLOADS_PATH, uploadId } from '../../../src/core/sync/uploadProtocol.ts';
import { DeviceRevoked } from '../../../src/db/device/signedFetch.ts';
import { uploadAttachment } from '../../../src/db/outbox/uploadAttachment.ts';
import { startCuttingProxy } from '../../kit/cuttingProxy.ts';
import { appDevice, openUploadHub, storedAttachment } from './uploadHub.ts';

describe('uploadAttachment', () => {
  it('resumes, in a sender started afresh, at the offset the hub holds', async () => {
    const hub = await openUploadHub();
    const { world, db, deviceId } = await appDevice(hub);
    const attachment = await storedAttachment(db, 1024 * 1024);
    const size = attachment.ciphertext.byteLength;
    const proxy = await startCuttingProxy(hub.url, { cutAfter: [Math.round(size * 0.55)] });
    try {
      const through = { ...world, hubUrl: proxy.url };
      // The worker is killed mid-PATCH: no retry of its own, the call ends.
      expect(await uploadAttachment(through, attachment, { retryDelays: [] })).toBe('retry');
      const row = await db.attachments.get(attachment.id);
      expect(row?.uploadUrl).toBe(`${proxy.url}${UPLOADS_PATH}/${uploadId(deviceId, attachment.id)}`);
      expect(row?.uploadedAt).toBeUndefined();
      const before = proxy.requests().length;

      expect(await uploadAttachment(through, attachment)).toBe('uploaded');
      const after = proxy.requests().slice(before);
      expect(after.map((call) => call.method)).not.toContain('POST');
      expect(after.filter((call) => call.method !== 'GET')[0]?.method).toBe('HEAD');
      // Started over, it would have sent the 55 % again; resumed, at most the chunk the cut was in.
      expect(proxy.bodyBytes() - size).toBeLessThanOrEqual(UPLOAD_CHUNK_BYTES);
      expect(await attachmentsHeld(hub.dataDir, deviceId, [attachment])).toEqual({ missing: [], mismatched: [] });
    } finally {
      await proxy.close();
    }
  });

  it('does not send an uploaded attachment again, unless the hub says it lost it', async () => {
    const hub = await openUploadHub();
    const { world, db, deviceId } = await appDevice(hub);
    const attachment = await storedAttachment(db, 200_000);
    const calls: string[] = [];
    const counted = {
      ...world,
      fetch: ((input, init) => {
        calls.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
        return fetch(input, init);
      }) as typeof fetch,
    };
    expect(await uploadAttachment(counted, attachment)).toBe('uploaded');
    expect(calls.filter((call) => call.startsWith('PATCH'))).toHaveLength(1);
    calls.length = 0;
    expect(await uploadAttachment(counted, attachment)).toBe('uploaded');
    expect(calls).toEqual([]);

    // The hub lost it (the intake answered attachments-missing): asked to recheck, the device sends it whole.
    await dropUpload(uploadsFolder(hub.dataDir), uploadId(deviceId, attachment.id));
    expect(await uploadAttachment(counted, attachment, { recheck: true })).toBe('uploaded');
    expect(calls.filter((call) => !call.startsWith('GET'))).toEqual([
      `HEAD ${UPLOADS_PATH}/${uploadId(deviceId, attachment.id)}`,
      `POST ${UPLOADS_PATH}`,
      `PATCH ${UPLOADS_PATH}/${uploadId(deviceId, attachment.id)}`,
    ]);
    expect(Buffer.from((await hub.stored(uploadId(deviceId, attachment.id))) ?? [])).toEqual(
      Buffer.from(attachment.ciphertext),
    );
  });

  it('is refused an attachment over the hub’s limit, and keeps it unsent', async () => {
    const hub = await openUploadHub();
    const { world, db } = await appDevice(hub);
    const attachment = await storedAttachment(db, 5 * 1024 * 1024);
    expect(await uploadAttachment(world, attachment)).toEqual({ refused: UPLOAD_CODES.tooLarge });
    expect((await db.attachments.get(attachment.id))?.uploadedAt).toBeUndefined();
  });

  it('wipes a device the hub revoked', async () => {
    const hub = await openUploadHub();
    const { world, db, deviceId } = await appDevice(hub);
    const attachment = await storedAttachment(db, 10_000);
    await hub.store.revokeDevice(deviceId, hub.clock.now());
    await expect(uploadAttachment(world, attachment)).rejects.toBeInstanceOf(DeviceRevoked);
    expect(await db.device.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
  });
});
