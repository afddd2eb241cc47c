// @vitest-environment node
// An outbox file from one laptop into another of the same spot (issue 5, item 7): the requests arrive
// queued and bound to the laptop that sealed them, once however often the file is imported, and are
// delivered on a receipt that names that laptop. A wrong passphrase, a damaged file and another spot's
// file each say so, and write nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { drain } from '../../../../src/db/outbox/drain.ts';
import { exportOutbox } from '../../../../src/db/outbox/exportOutbox.ts';
import { importOutbox } from '../../../../src/db/outbox/importOutbox.ts';
import { OutboxFileRefused } from '../../../../src/db/outbox/OutboxFileRefused.ts';
import { SPOT } from '../device/fakeHub.ts';
import { quotaError } from '../requests/requestKit.ts';
import { DEVICE_ID, row, scriptedHub, testWorld } from './outboxKit.ts';
import {
  DEVICE_B,
  database,
  dropDatabases,
  enrollAs,
  OTHER_SPOT,
  PASSPHRASE,
  twoLaptops,
  withByteChanged,
} from './transferKit.ts';

afterEach(async () => {
  vi.restoreAllMocks();
  await dropDatabases();
});

const NOW = 1_900_000_000_000;

async function refusal(promise: Promise<unknown>): Promise<OutboxFileRefused> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof OutboxFileRefused)) throw new Error(`not refused: ${String(error)}`);
  return error;
}

async function nothingWritten(db: BalcaoDb) {
  expect(await db.outbox.count()).toBe(0);
  expect(await db.attachments.count()).toBe(0);
}

describe('importOutbox', () => {
  it('round trip: the requests arrive queued on the other laptop, bound to the one that sealed them, with their photos', async () => {
    const { a, b, rows, deviceB } = await twoLaptops(2, 2);
    // A had started sending: one photo is up on the hub from A, the other request was refused once.
    const [first, second] = rows;
    const photoOfFirst = first?.attachmentIds[0] ?? '';
    await a.attachments.update(photoOfFirst, {
      uploadUrl: `https://hub.test/api/uploads/${DEVICE_ID}.x`,
      uploadedAt: NOW,
    });
    await a.outbox.update(second?.id ?? '', {
      state: 'retry',
      attempts: 4,
      nextAttemptAt: NOW + 1,
      lastError: { code: 'timeout', reason: null, at: NOW },
    });

    const file = await exportOutbox(a, PASSPHRASE, NOW);
    const imported = await importOutbox(b, new Blob([file.bytes]), PASSPHRASE, deviceB.device);
    expect(imported).toEqual({
      added: 2,
      already: 0,
      attachments: 4,
      from: { deviceId: DEVICE_ID, spot: { id: SPOT.id, name: SPOT.name }, exportedAt: NOW },
    });

    for (const original of rows) {
      const copy = await row(b, original.id);
      const { boundDeviceId, ...rest } = copy;
      expect(boundDeviceId).toBe(DEVICE_ID);
      expect(rest).toEqual({
        ...original,
        state: 'queued',
        leaseUntil: null,
        attempts: 0,
        nextAttemptAt: null,
        lastError: null,
      });
      for (const id of original.attachmentIds) {
        const { uploadUrl: _url, uploadedAt: _at, ...stored } = (await a.attachments.get(id)) ?? {};
        // Ciphertext as it was; where A uploaded it is A's: B uploads its own.
        expect(await b.attachments.get(id)).toEqual(stored);
      }
    }
  });

  it('B delivers them on a receipt that names A, and refuses one that names B', async () => {
    const { a, b, signer, deviceB } = await twoLaptops(2, 0);
    await importOutbox(b, (await exportOutbox(a, PASSPHRASE, NOW)).bytes, PASSPHRASE, deviceB.device);
    const clock = { now: NOW };
    const hub = scriptedHub(deviceB.publicKey, signer, clock);
    const { world } = testWorld(b, hub, clock);

    // What a hub that named the poster instead of the sealer would say.
    const honest = hub.resultFor;
    hub.resultFor = async (item) => ({
      id: item.id,
      status: 'received',
      receipt: await signer.sign({
        requestId: item.id,
        digest: item.digest,
        deviceId: DEVICE_B,
        hubRef: 'H-2026-000009',
        receivedAt: NOW,
      }),
    });
    expect(await drain(world)).toMatchObject({ delivered: 0, retry: 2 });
    expect((await b.outbox.toArray()).map((r) => r.lastError?.code)).toEqual(['receipt-invalid', 'receipt-invalid']);

    // The hub's receipt names DEVICE_ID, the device the request is bound to (scriptedHub signs for it).
    hub.resultFor = honest;
    clock.now += 24 * 3_600_000;
    expect(await drain(world)).toMatchObject({ delivered: 2 });
    const delivered = await b.outbox.toArray();
    expect(delivered.map((r) => r.state)).toEqual(['delivered', 'delivered']);
    expect(delivered.every((r) => r.sealed === null && r.hubRef?.startsWith('H-2026-'))).toBe(true);
    // Signed by B, as every call of B is: the scripted hub checked it with B's key.
    expect(hub.posts.every((post) => post.headers.get('balcao-device') === DEVICE_B)).toBe(true);
  });

  it('adds nothing the second time, and leaves what the device did with the first import as it is', async () => {
    const { a, b, rows, deviceB, signer } = await twoLaptops(2, 1);
    const { bytes } = await exportOutbox(a, PASSPHRASE, NOW);
    expect((await importOutbox(b, bytes, PASSPHRASE, deviceB.device)).added).toBe(2);

    const clock = { now: NOW };
    const { world } = testWorld(b, scriptedHub(deviceB.publicKey, signer, clock), clock);
    await drain(world);
    expect(await b.attachments.count()).toBe(0); // purged on the receipts

    const again = await importOutbox(b, bytes, PASSPHRASE, deviceB.device);
    expect(again).toMatchObject({ added: 0, already: 2, attachments: 0 });
    expect((await b.outbox.toArray()).map((r) => r.state)).toEqual(['delivered', 'delivered']);
    expect(await b.attachments.count()).toBe(0);
    expect((await b.outbox.bulkGet(rows.map((r) => r.id))).every((r) => r?.sealed === null)).toBe(true);
  });

  it('says a wrong passphrase is wrong, and writes nothing', async () => {
    const { a, b, deviceB } = await twoLaptops(1, 1);
    const { bytes } = await exportOutbox(a, PASSPHRASE, NOW);
    const refused = await refusal(importOutbox(b, bytes, 'castanheiro no adro 1995', deviceB.device));
    expect(refused.code).toBe('wrong-passphrase');
    await nothingWritten(b);
  });

  it('says a damaged file is damaged, wherever the byte changed or however it was cut, and writes nothing', async () => {
    const { a, b, deviceB } = await twoLaptops(1, 1);
    const { bytes } = await exportOutbox(a, PASSPHRASE, NOW);
    const headerEnd = bytes.indexOf(0x0a);
    const damaged = {
      'in the body': withByteChanged(bytes, Math.floor((headerEnd + bytes.length) / 2)),
      'the last byte': withByteChanged(bytes, bytes.length - 1),
      'in the header': withByteChanged(bytes, headerEnd - 5),
      "in the header's digest": withByteChanged(bytes, headerEnd + 3),
      'cut short': bytes.slice(0, bytes.length - 100),
      'cut in the header': bytes.slice(0, headerEnd - 10),
    };
    for (const [where, file] of Object.entries(damaged)) {
      expect((await refusal(importOutbox(b, file, PASSPHRASE, deviceB.device))).code, where).toBe('damaged');
    }
    await nothingWritten(b);
    // Still whole, it opens.
    expect((await importOutbox(b, bytes, PASSPHRASE, deviceB.device)).added).toBe(1);
  });

  it('tells a file that is not an export apart from a damaged one', async () => {
    const { b, deviceB } = await twoLaptops(0, 0);
    const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]);
    const refused = await refusal(importOutbox(b, photo, PASSPHRASE, deviceB.device));
    expect(refused.code).toBe('not-an-export');
    expect((await refusal(importOutbox(b, new Uint8Array(), PASSPHRASE, deviceB.device))).code).toBe('not-an-export');
  });

  it("refuses another spot's file, naming the spot it is from, and writes nothing", async () => {
    const { a, b, deviceB } = await twoLaptops(1, 1, OTHER_SPOT);
    const { bytes } = await exportOutbox(a, PASSPHRASE, NOW);
    const refused = await refusal(importOutbox(b, bytes, PASSPHRASE, deviceB.device));
    expect(refused.code).toBe('other-spot');
    expect(refused.spot).toEqual({ id: SPOT.id, name: SPOT.name });
    await nothingWritten(b);
  });

  it('writes all of it or nothing: storage full halfway leaves no request without its photos', async () => {
    const { a, b, deviceB } = await twoLaptops(2, 1);
    const { bytes } = await exportOutbox(a, PASSPHRASE, NOW);
    vi.spyOn(b.attachments, 'bulkAdd').mockRejectedValueOnce(quotaError());
    await expect(importOutbox(b, bytes, PASSPHRASE, deviceB.device)).rejects.toThrow(/quota/i);
    await nothingWritten(b);
  });

  it('keeps the first sealer through a second transfer, and a request coming home is its own again', async () => {
    const { a, b, rows, deviceA, deviceB, signer } = await twoLaptops(1, 1);
    await importOutbox(b, (await exportOutbox(a, PASSPHRASE, NOW)).bytes, PASSPHRASE, deviceB.device);
    const fromB = (await exportOutbox(b, PASSPHRASE, NOW)).bytes;

    const c = database();
    const deviceC = await enrollAs(c, 'device-c-77e0', [signer.key]);
    expect((await importOutbox(c, fromB, PASSPHRASE, deviceC.device)).from.deviceId).toBe(DEVICE_B);
    expect((await row(c, rows[0]?.id)).boundDeviceId).toBe(DEVICE_ID);

    // A lost its outbox (storage cleared), and takes B's file.
    await a.outbox.clear();
    await a.attachments.clear();
    await importOutbox(a, fromB, PASSPHRASE, deviceA.device);
    const home = await row(a, rows[0]?.id);
    expect(home.state).toBe('queued');
    expect('boundDeviceId' in home).toBe(false);
    expect(await a.attachments.count()).toBe(1);
  });
});
