import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AttachmentHolder } from '../../../server/requests/AttachmentHolder.ts';
import { receiveBatch } from '../../../server/requests/receiveBatch.ts';
import { DELIVERY_CODES } from '../../../src/core/sync/deliveryProtocol.ts';
import { verifyReceipt } from '../../../src/core/sync/receipt.ts';
import { type DeliveryHub, licencePayload, openDeliveryHub, requestRowsOnDisk, sealedItem } from './deliveryKit.ts';

const SCAN_DIGEST = 'u'.repeat(43);

/** A request with one scanned certificate, as the app completes it when the citizen drives group 2 vehicles. */
async function withScan(h: DeliveryHub) {
  const scan = randomUUID();
  const payload = licencePayload(h);
  const item = await sealedItem(
    licencePayload(h, {
      answers: { ...payload.answers, 'group-two': true, 'psychological-certificate': [scan] },
      attachments: [
        { id: scan, fieldId: 'psychological-certificate', type: 'image/jpeg', bytes: 80_000, digest: SCAN_DIGEST },
      ],
    }),
    h.hubKey,
    [scan],
  );
  return { scan, item };
}

/** Uploads as a holder sees them: attachment id → the digest of what was uploaded whole, by which device. */
function holderOf(uploads: Map<string, { deviceId: string; digest: string }>): AttachmentHolder {
  return {
    holds: async (id, deviceId, digest) => {
      const upload = uploads.get(id);
      return upload !== undefined && upload.deviceId === deviceId && (digest === undefined || digest === upload.digest);
    },
  };
}

// Where the resumable uploads plug in (issue 5, item 3): the intake asks its AttachmentHolder, and a
// request goes into the store only once every attachment it names is held whole, with its digest.
describe('receiveBatch with an attachment holder', () => {
  it('stores a request once its attachments are held, and keeps it waiting until then', async () => {
    const h = await openDeliveryHub();
    const { scan, item } = await withScan(h);
    const uploads = new Map<string, { deviceId: string; digest: string }>();
    const parts = { store: h.hub.store, keys: h.hub.keys, now: h.hub.clock.now, attachments: holderOf(uploads) };
    const device = { id: h.device.deviceId, spotId: 'ecm-castelo-branco' };

    const waiting = await receiveBatch([item], device, parts);
    expect(waiting.results).toEqual([{ id: item.id, status: 'retry', code: DELIVERY_CODES.attachmentsMissing }]);
    expect(waiting.tally.retry).toEqual({ [DELIVERY_CODES.attachmentsMissing]: 1 });

    // Uploaded by another device, or whole but not the bytes the request names: still not held.
    uploads.set(scan, { deviceId: randomUUID(), digest: SCAN_DIGEST });
    expect((await receiveBatch([item], device, parts)).results[0]?.status).toBe('retry');
    uploads.set(scan, { deviceId: h.device.deviceId, digest: 'x'.repeat(43) });
    expect((await receiveBatch([item], device, parts)).results[0]?.status).toBe('retry');
    expect(requestRowsOnDisk(h.hub.dataDir)).toEqual([]);

    uploads.set(scan, { deviceId: h.device.deviceId, digest: SCAN_DIGEST });
    const stored = await receiveBatch([item], device, parts);
    const [result] = stored.results;
    if (result?.status !== 'received') throw new Error(`not received: ${JSON.stringify(result)}`);
    expect(stored.tally).toMatchObject({ stored: 1, again: 0 });
    await verifyReceipt(result.receipt, h.profile.receiptKeys, {
      requestId: item.id,
      digest: item.digest,
      deviceId: h.device.deviceId,
    });
    expect(requestRowsOnDisk(h.hub.dataDir).map((row) => row.id)).toEqual([item.id]);
  });
});
