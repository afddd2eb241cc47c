// Issue 5, "What it must show": a 5 MB attachment with the link cut at every 20 % completes, re-sending at
// most 10 % of its bytes. The real hub (in-process, on a real port) behind a loopback proxy that resets
// the connection mid-PATCH; the device is the app's own code, enrolled by the app's enrollment.
import { describe, expect, it } from 'vitest';
import { attachmentsHeld } from '../../../server/uploads/attachmentsHeld.ts';
import { uploadId } from '../../../src/core/sync/uploadProtocol.ts';
import { uploadAttachment } from '../../../src/db/outbox/uploadAttachment.ts';
import { startCuttingProxy } from '../../kit/cuttingProxy.ts';
import { appDevice, openUploadHub, storedAttachment } from './uploadHub.ts';

// 5 MB of image, over the device's 4 MiB limit: the hub's limit is raised for this test only, by its option.
// Not a multiple of the chunk, so every cut falls mid-PATCH (at 20 % of 5 MiB it would fall on a chunk's end).
const IMAGE_BYTES = 5_000_000;

describe('a resumable upload over a link that keeps dropping', () => {
  it('completes a 5 MB attachment cut at every 20 %, re-sending at most 10 % of it', async () => {
    const hub = await openUploadHub({ maxBytes: 6 * 1024 * 1024 });
    const { world, db, deviceId } = await appDevice(hub);
    const attachment = await storedAttachment(db, IMAGE_BYTES);
    const size = attachment.ciphertext.byteLength;
    const cutAfter = [0.2, 0.4, 0.6, 0.8].map((share) => Math.round(size * share));
    const proxy = await startCuttingProxy(hub.url, { cutAfter, cut: 'reset' });
    try {
      const outcome = await uploadAttachment({ ...world, hubUrl: proxy.url }, attachment);

      expect(outcome).toBe('uploaded');
      expect(proxy.cuts()).toBe(4);
      const id = uploadId(deviceId, attachment.id);
      const stored = await hub.stored(id);
      expect(stored?.byteLength).toBe(size);
      expect(Buffer.compare(stored ?? Buffer.alloc(0), Buffer.from(attachment.ciphertext))).toBe(0);
      expect(await attachmentsHeld(hub.dataDir, deviceId, [attachment])).toEqual({ missing: [], mismatched: [] });

      const resent = proxy.bodyBytes() - size;
      const share = resent / size;
      console.log(
        `resumable upload: ${size} bytes, 4 cuts, ${proxy.bodyBytes()} body bytes forwarded, ` +
          `${resent} re-sent (${(share * 100).toFixed(2)} % of the attachment)`,
      );
      expect(resent).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(0.1);
      // Each cut was followed by a HEAD that found the hub's offset, never by a new creation.
      const calls = proxy.requests();
      expect(calls.filter((call) => call.method === 'POST')).toHaveLength(1);
      expect(calls.filter((call) => call.method === 'HEAD').length).toBeGreaterThanOrEqual(4);
      // The row says so, and nothing is sent again.
      expect((await db.attachments.get(attachment.id))?.uploadedAt).toBe(world.now());
      const before = proxy.requests().length;
      expect(await uploadAttachment({ ...world, hubUrl: proxy.url }, attachment)).toBe('uploaded');
      expect(proxy.requests()).toHaveLength(before);
    } finally {
      await proxy.close();
    }
  });
});
