// A request bound to one laptop, delivered by another of the same spot (issue 5, item 7: an outbox file
// from a laptop that broke, imported on another): the hub takes it, stores it once under the laptop that
// sealed it, and answers both laptops with the one receipt, which names that laptop. A device of another
// spot is refused with binding-mismatch, as before.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AttachmentHolder } from '../../../server/requests/AttachmentHolder.ts';
import { receiveBatch } from '../../../server/requests/receiveBatch.ts';
import type { Spot } from '../../../server/spots/Spot.ts';
import { DELIVERY_CODES, type DeliveryResult } from '../../../src/core/sync/deliveryProtocol.ts';
import { verifyReceipt } from '../../../src/core/sync/receipt.ts';
import { enrollDevice, type TestDevice } from '../deviceKit.ts';
import { TEST_SPOT } from '../openTestHub.ts';
import {
  anotherDevice,
  answerOf,
  batchOf,
  type DeliveryHub,
  itemOf,
  licencePayload,
  oneByteChanged,
  openDeliveryHub,
  postBatch,
  requestRowsOnDisk,
  sealedItem,
} from './deliveryKit.ts';

const OTHER_SPOT: Spot = {
  ...TEST_SPOT,
  id: 'ecs-lar-fundao',
  name: 'Espaço Cidadão Solidário do Fundão',
  kind: 'solidarity',
};

async function deviceOfAnotherSpot(h: DeliveryHub): Promise<TestDevice> {
  await h.hub.store.addSpot(OTHER_SPOT, h.hub.clock.now());
  return enrollDevice(h.send, await h.hub.code({ spotId: OTHER_SPOT.id }), 'Portátil do Fundão');
}

async function resultOf(h: DeliveryHub, device: TestDevice, item: Awaited<ReturnType<typeof sealedItem>>) {
  const res = await postBatch(h.send, device, batchOf([item]), { gzip: true });
  const [result] = answerOf(res).results;
  return { status: res.status, result: result as DeliveryResult };
}

function receiptOf(result: DeliveryResult): string {
  if (result.status !== 'received') throw new Error(`not received: ${JSON.stringify(result)}`);
  return result.receipt;
}

describe('a request bound to one device, delivered by another', () => {
  it('of the same spot first: stored once under the sealer, and the sealer later gets the very same receipt', async () => {
    const h = await openDeliveryHub();
    const b = await anotherDevice(h);
    const item = await sealedItem(licencePayload(h), h.hubKey);

    const byB = await resultOf(h, b, item);
    expect(byB.status).toBe(200);
    const receipt = receiptOf(byB.result);
    const verified = await verifyReceipt(receipt, h.profile.receiptKeys, {
      requestId: item.id,
      digest: item.digest,
      deviceId: h.device.deviceId,
    });
    // The receipt names A: B, which verifies against the device the request is bound to, takes it.
    await expect(
      verifyReceipt(receipt, h.profile.receiptKeys, { requestId: item.id, digest: item.digest, deviceId: b.deviceId }),
    ).rejects.toThrow(/another request, content or device/);

    const byA = await resultOf(h, h.device, item);
    expect(receiptOf(byA.result)).toBe(receipt);
    expect(receiptOf((await resultOf(h, b, item)).result)).toBe(receipt);
    const rows = requestRowsOnDisk(h.hub.dataDir);
    expect(rows.map((row) => [row.id, row.device_id, row.spot_id, row.hub_ref])).toEqual([
      [item.id, h.device.deviceId, TEST_SPOT.id, verified.hubRef],
    ]);
  });

  it('of the same spot after the sealer delivered it: the same receipt as the sealer got', async () => {
    const h = await openDeliveryHub();
    const b = await anotherDevice(h);
    const item = await sealedItem(licencePayload(h), h.hubKey);
    const receipt = receiptOf((await resultOf(h, h.device, item)).result);
    expect(receiptOf((await resultOf(h, b, item)).result)).toBe(receipt);
    expect(requestRowsOnDisk(h.hub.dataDir)).toHaveLength(1);
  });

  it('even when the sealer was revoked (the laptop that broke), as long as the hub enrolled it at that spot', async () => {
    const h = await openDeliveryHub();
    const b = await anotherDevice(h);
    const item = await sealedItem(licencePayload(h), h.hubKey);
    await h.hub.store.revokeDevice(h.device.deviceId, h.hub.clock.now());
    const { result } = await resultOf(h, b, item);
    await verifyReceipt(receiptOf(result), h.profile.receiptKeys, {
      requestId: item.id,
      digest: item.digest,
      deviceId: h.device.deviceId,
    });
    expect(requestRowsOnDisk(h.hub.dataDir).map((row) => row.device_id)).toEqual([h.device.deviceId]);
  });

  it('of another spot: binding-mismatch, whether the request is new or stored, and nothing changes', async () => {
    const h = await openDeliveryHub();
    const c = await deviceOfAnotherSpot(h);
    const item = await sealedItem(licencePayload(h), h.hubKey);

    const fresh = await resultOf(h, c, item);
    expect(fresh.result).toMatchObject({ id: item.id, status: 'rejected', code: 'binding-mismatch' });
    expect(requestRowsOnDisk(h.hub.dataDir)).toEqual([]);

    const receipt = receiptOf((await resultOf(h, h.device, item)).result);
    const stored = await resultOf(h, c, item);
    expect(stored.result).toMatchObject({ id: item.id, status: 'rejected', code: 'binding-mismatch' });
    expect(JSON.stringify(stored.result)).not.toContain(receipt);
    expect(requestRowsOnDisk(h.hub.dataDir).map((row) => row.device_id)).toEqual([h.device.deviceId]);
  });

  it('sealed for a device the hub never enrolled: binding-mismatch, from any device', async () => {
    const h = await openDeliveryHub();
    const b = await anotherDevice(h);
    const item = await sealedItem(licencePayload(h, { deviceId: randomUUID() }), h.hubKey);
    expect((await resultOf(h, b, item)).result).toMatchObject({ status: 'rejected', code: 'binding-mismatch' });
    expect(requestRowsOnDisk(h.hub.dataDir)).toEqual([]);
  });

  it('with other content under the same id from the other device: the conflict, not a second row', async () => {
    const h = await openDeliveryHub();
    const b = await anotherDevice(h);
    const item = await sealedItem(licencePayload(h), h.hubKey);
    receiptOf((await resultOf(h, h.device, item)).result);
    const changed = itemOf(oneByteChanged(item.sealed), item.id);
    const res = await postBatch(h.send, b, batchOf([changed]));
    expect(res.status).toBe(409);
    expect(answerOf(res).results).toMatchObject([{ id: item.id, status: 'rejected', code: DELIVERY_CODES.conflict }]);
    expect(requestRowsOnDisk(h.hub.dataDir)).toHaveLength(1);
  });

  it('waits for the attachments the delivering device uploaded itself: the sealer’s uploads are the sealer’s', async () => {
    const h = await openDeliveryHub();
    const b = await anotherDevice(h);
    const scan = randomUUID();
    const digest = 'u'.repeat(43);
    const payload = licencePayload(h);
    const item = await sealedItem(
      licencePayload(h, {
        answers: { ...payload.answers, 'group-two': true, 'psychological-certificate': [scan] },
        attachments: [{ id: scan, fieldId: 'psychological-certificate', type: 'image/jpeg', bytes: 80_000, digest }],
      }),
      h.hubKey,
      [scan],
    );
    const uploads = new Map<string, string>();
    const attachments: AttachmentHolder = {
      holds: async (id, deviceId, wanted) => uploads.get(`${deviceId}/${id}`) === (wanted ?? digest),
    };
    const parts = { store: h.hub.store, keys: h.hub.keys, now: h.hub.clock.now, attachments };
    const asB = { id: b.deviceId, spotId: TEST_SPOT.id };

    uploads.set(`${h.device.deviceId}/${scan}`, digest);
    expect((await receiveBatch([item], asB, parts)).results).toEqual([
      { id: item.id, status: 'retry', code: DELIVERY_CODES.attachmentsMissing },
    ]);
    uploads.set(`${b.deviceId}/${scan}`, digest);
    const [result] = (await receiveBatch([item], asB, parts)).results;
    await verifyReceipt(receiptOf(result as DeliveryResult), h.profile.receiptKeys, {
      requestId: item.id,
      digest: item.digest,
      deviceId: h.device.deviceId,
    });
  });
});
