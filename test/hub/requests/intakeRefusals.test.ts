import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../server/store/sqlite/openSqliteStore.ts';
import { AUTH_FAILURES } from '../../../src/core/deviceAuth/signedCall.ts';
import { sealPayload } from '../../../src/core/seal/sealPayload.ts';
import { REQUEST_BINDING } from '../../../src/core/seal/sealRequest.ts';
import {
  DELIVERY_CODES,
  type DeliveryResult,
  MAX_BATCH_BYTES,
  MAX_BATCH_REQUESTS,
} from '../../../src/core/sync/deliveryProtocol.ts';
import { verifyReceipt } from '../../../src/core/sync/receipt.ts';
import { runHubCli, startHub } from '../../kit/startHub.ts';
import { deviceKeys, enrollDevice, errorCode, fetchNonce, fetchTransport } from '../deviceKit.ts';
import { TEST_SPOT } from '../openTestHub.ts';
import { tempDir } from '../tempDir.ts';
import {
  answerOf,
  batchOf,
  type DeliveryHub,
  itemOf,
  licencePayload,
  openDeliveryHub,
  type Profile,
  postBatch,
  requestRowsOnDisk,
  SERVICE_ID,
  sealedItem,
} from './deliveryKit.ts';

const received = (id: string) => ({ id, status: 'received', receipt: expect.any(String) });
const rejected = (id: string, code: string) => ({
  id,
  status: 'rejected',
  code,
  reason: { pt: expect.any(String), en: expect.any(String) },
});

async function goodItem(h: DeliveryHub) {
  return sealedItem(licencePayload(h), h.hubKey);
}

describe('POST /api/requests refuses', () => {
  it('a device that cannot sign as the enrolled one, and a replayed nonce, storing nothing', async () => {
    const h = await openDeliveryHub();
    const item = await goodItem(h);

    const forged = await postBatch(h.send, h.device, batchOf([item]), { signWith: (await deviceKeys()).privateKey });
    expect(forged.status).toBe(401);
    expect(errorCode(forged)).toBe(AUTH_FAILURES.badSignature);
    expect(requestRowsOnDisk(h.hub.dataDir)).toEqual([]);

    const nonce = await fetchNonce(h.send);
    expect((await postBatch(h.send, h.device, batchOf([item]), { nonce })).status).toBe(200);
    const replayed = await postBatch(h.send, h.device, batchOf([item]), { nonce });
    expect(replayed.status).toBe(401);
    expect(errorCode(replayed)).toBe(AUTH_FAILURES.replayed);
    expect(requestRowsOnDisk(h.hub.dataDir)).toHaveLength(1);
  });

  it('a body over the byte limit, and a batch over the request limit, with 413 and a code', async () => {
    const h = await openDeliveryHub();
    const item = await goodItem(h);
    const huge = batchOf([{ ...item, attachmentIds: ['x'.repeat(100)] }, item]);
    const padded = JSON.stringify(huge).replace('"v":1', `"v":1${' '.repeat(MAX_BATCH_BYTES)}`);
    const tooLarge = await postBatch(h.send, h.device, padded);
    expect(tooLarge.status).toBe(413);
    expect(errorCode(tooLarge)).toBe('batch-too-large');

    const tooMany = await postBatch(
      h.send,
      h.device,
      batchOf(Array.from({ length: MAX_BATCH_REQUESTS + 1 }, () => item)),
    );
    expect(tooMany.status).toBe(413);
    expect(errorCode(tooMany)).toBe('batch-too-many-requests');
    expect(requestRowsOnDisk(h.hub.dataDir)).toEqual([]);
  });

  it('a gzip bomb: 413 as soon as the inflated bytes pass the limit, and no inflating the rest after', async () => {
    const h = await openDeliveryHub();
    // 1 GiB of JSON whitespace in ~1 MB: 16 gzip members of 64 MiB each, one after the other (a gzip
    // stream may hold several; every inflater reads them all).
    const spaces = Buffer.alloc(64 * 1024 * 1024, ' ');
    const member = gzipSync(spaces, { level: 9 });
    Buffer.from('{"v":1,"requests":[').copy(spaces);
    const bomb = Buffer.concat([gzipSync(spaces, { level: 9 }), ...Array.from({ length: 15 }, () => member)]);
    expect(bomb.byteLength).toBeLessThan(MAX_BATCH_BYTES);

    const cpu = process.cpuUsage();
    const res = await postBatch(h.send, h.device, '{}', { sendBytes: bomb, contentEncoding: 'gzip' });
    expect(res.status).toBe(413);
    expect(errorCode(res)).toBe('batch-too-large');
    // Inflating the whole GiB costs the hub well over a second of CPU, answered or not; stopping at the
    // limit costs it milliseconds. A second's wait lets any inflating left behind show.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });

  it('a broken gzip and an encoding it does not take, and what is not a batch, each with its code', async () => {
    const h = await openDeliveryHub();
    const item = await goodItem(h);
    const json = JSON.stringify(batchOf([item]));
    const broken = gzipSync(json).subarray(0, 40);
    const cases = [
      { body: json, options: { sendBytes: broken, contentEncoding: 'gzip' }, status: 400, code: 'batch-malformed' },
      { body: json, options: { contentEncoding: 'br' }, status: 415, code: 'batch-encoding-unsupported' },
      { body: '{"v":1,"requests":[', options: {}, status: 400, code: 'batch-malformed' },
      { body: JSON.stringify({ v: 2, requests: [item] }), options: {}, status: 400, code: 'batch-malformed' },
      {
        body: JSON.stringify({ v: 1, requests: [{ ...item, extra: 1 }] }),
        options: {},
        status: 400,
        code: 'batch-malformed',
      },
      {
        body: JSON.stringify({ v: 1, requests: [{ id: item.id, digest: item.digest, sealed: item.sealed }] }),
        options: {},
        status: 400,
        code: 'batch-malformed',
      },
      {
        body: JSON.stringify({ v: 1, requests: [{ ...item, id: 'pedido-1' }] }),
        options: {},
        status: 400,
        code: 'batch-malformed',
      },
      {
        body: JSON.stringify({ v: 1, requests: [{ ...item, digest: 'abc' }] }),
        options: {},
        status: 400,
        code: 'batch-malformed',
      },
    ];
    for (const { body, options, status, code } of cases) {
      const res = await postBatch(h.send, h.device, body, options);
      expect(res.status, `${code}: ${body.slice(0, 60)}`).toBe(status);
      expect(errorCode(res)).toBe(code);
    }
    expect(requestRowsOnDisk(h.hub.dataDir)).toEqual([]);
  });

  it('a digest that is not the SHA-256 of the sealed request, per request, storing nothing of it', async () => {
    const h = await openDeliveryHub();
    const [good, other] = [await goodItem(h), await goodItem(h)];
    const res = await postBatch(h.send, h.device, batchOf([{ ...good, digest: other.digest }, other]));
    expect(res.status).toBe(200);
    expect(answerOf(res).results).toEqual([rejected(good.id, 'digest-mismatch'), received(other.id)]);
    expect(requestRowsOnDisk(h.hub.dataDir).map((row) => row.id)).toEqual([other.id]);
  });

  it('a request the app would refuse (a bad NIF), telling the mediator what is wrong in pt-PT and English', async () => {
    const h = await openDeliveryHub();
    const payload = licencePayload(h);
    const bad = await sealedItem({ ...payload, answers: { ...payload.answers, nif: '123456780' } }, h.hubKey);
    const res = await postBatch(h.send, h.device, batchOf([bad]));
    expect(res.status).toBe(200);
    const [result] = answerOf(res).results;
    expect(result).toEqual(rejected(bad.id, 'request-invalid'));
    const { reason } = result as Extract<DeliveryResult, { status: 'rejected' }>;
    expect(reason.pt).toContain('O NIF tem 9 algarismos e o último não confere');
    expect(reason.pt).toContain('pedido corrigido');
    expect(reason.en).toContain('The NIF has 9 digits and the last one does not match');
    // The reason says what is wrong, never what was typed.
    expect(JSON.stringify(reason)).not.toContain('123456780');
    expect(requestRowsOnDisk(h.hub.dataDir)).toEqual([]);
  });

  it('a request posted by a device of another spot than the one it is bound to, new or already stored', async () => {
    const h = await openDeliveryHub();
    // A device of the same spot may deliver it (an imported outbox file): sameSpotDelivery.test.ts.
    const spot = { ...TEST_SPOT, id: 'ecs-fundao', name: 'Espaço Cidadão Solidário do Fundão' };
    await h.hub.store.addSpot(spot, h.hub.clock.now());
    const other = await enrollDevice(h.send, await h.hub.code({ spotId: spot.id }), 'Portátil do Fundão');
    const item = await goodItem(h);
    const byOther = await postBatch(h.send, other, batchOf([item]));
    expect(answerOf(byOther).results).toEqual([rejected(item.id, 'binding-mismatch')]);
    expect(requestRowsOnDisk(h.hub.dataDir)).toEqual([]);

    expect(answerOf(await postBatch(h.send, h.device, batchOf([item]))).results).toEqual([received(item.id)]);
    const again = await postBatch(h.send, other, batchOf([item]));
    expect(answerOf(again).results).toEqual([rejected(item.id, 'binding-mismatch')]);
    expect(requestRowsOnDisk(h.hub.dataDir).map((row) => row.device_id)).toEqual([h.device.deviceId]);
  });

  it('a request listed under another id than the one sealed in it', async () => {
    const h = await openDeliveryHub();
    const item = await goodItem(h);
    const moved = { ...item, id: randomUUID() };
    expect(answerOf(await postBatch(h.send, h.device, batchOf([moved]))).results).toEqual([
      rejected(moved.id, 'binding-mismatch'),
    ]);
    // Sealed for another id than its payload says: the seal's own binding refuses it.
    const payload = licencePayload(h);
    const rebound = await sealPayload(payload, h.hubKey, {
      [REQUEST_BINDING.requestId]: randomUUID(),
      [REQUEST_BINDING.deviceId]: h.device.deviceId,
    });
    const item2 = itemOf(rebound, payload.requestId);
    expect(answerOf(await postBatch(h.send, h.device, batchOf([item2]))).results).toEqual([
      rejected(item2.id, 'binding-mismatch'),
    ]);
    expect(requestRowsOnDisk(h.hub.dataDir)).toEqual([]);
  });

  it('for now, a request naming attachments the hub does not hold: retry, not refused, not stored', async () => {
    const h = await openDeliveryHub();
    const attachmentId = randomUUID();
    const payload = licencePayload(h);
    const withScan = licencePayload(h, {
      answers: { ...payload.answers, 'group-two': true, 'psychological-certificate': [attachmentId] },
      attachments: [
        {
          id: attachmentId,
          fieldId: 'psychological-certificate',
          type: 'image/jpeg',
          bytes: 80_000,
          digest: 'd'.repeat(43),
        },
      ],
    });
    const listed = await sealedItem(withScan, h.hubKey, [attachmentId]);
    // The request names it inside the seal even when the batch item forgets to.
    const unlisted = await sealedItem({ ...withScan, requestId: randomUUID() }, h.hubKey);
    const res = await postBatch(h.send, h.device, batchOf([listed, unlisted]));
    expect(res.status).toBe(200);
    expect(answerOf(res).results).toEqual([
      { id: listed.id, status: 'retry', code: DELIVERY_CODES.attachmentsMissing },
      { id: unlisted.id, status: 'retry', code: DELIVERY_CODES.attachmentsMissing },
    ]);
    expect(requestRowsOnDisk(h.hub.dataDir)).toEqual([]);
  });
});

describe('POST /api/requests takes', () => {
  it('a gzip batch over real HTTP from a device of a running hub, the hub process started with its own seed', async () => {
    const dataDir = tempDir('balcao-intake-process-');
    const cli = async (args: string[]) => {
      const res = await runHubCli(args, { dataDir });
      if (res.code !== 0) throw new Error(`${args[0]} failed: ${res.stderr}`);
      return res.stdout.split('\n')[0] ?? '';
    };
    await cli(['add-spot', '--id', TEST_SPOT.id, '--name', TEST_SPOT.name, '--kind', 'mobile', '--municipality', 'CB']);
    const running = await startHub({ dataDir });
    try {
      const send = fetchTransport(running.url);
      const device = await enrollDevice(send, await cli(['enroll-code', '--spot', TEST_SPOT.id]));
      const profile = device.profile as unknown as Profile;
      const hubKey = profile.hubKeys.find((key) => key.kid === profile.currentKid);
      const store = openSqliteStore(dataDir);
      const service = await store.service(SERVICE_ID);
      await store.close();
      if (!hubKey || !service) throw new Error('no hub key, or no seed service');
      const items = await Promise.all([1, 2, 3].map(() => sealedItem(licencePayload({ service, device }), hubKey)));
      const res = await postBatch(send, device, batchOf(items), { gzip: true });
      expect(res.status).toBe(200);
      const results = answerOf(res).results;
      expect(results.map((r) => r.status)).toEqual(['received', 'received', 'received']);
      for (const [i, result] of results.entries()) {
        const item = items[i];
        if (!item || result.status !== 'received') throw new Error('no receipt');
        const receipt = await verifyReceipt(result.receipt, profile.receiptKeys, {
          requestId: item.id,
          digest: item.digest,
          deviceId: device.deviceId,
        });
        expect(receipt.hubRef).toMatch(/^H-\d{4}-00000[123]$/);
      }
    } finally {
      await running.stop();
    }
    expect(requestRowsOnDisk(dataDir)).toHaveLength(3);
  });

  it('a gzip body, signed over the JSON before compression (and not over the gzip)', async () => {
    const h = await openDeliveryHub();
    const item = await goodItem(h);
    const batch = batchOf([item]);
    const res = await postBatch(h.send, h.device, batch, { gzip: true });
    expect(res.status).toBe(200);
    const [result] = answerOf(res).results;
    expect(result).toEqual(received(item.id));
    await verifyReceipt((result as { receipt: string }).receipt, h.profile.receiptKeys, {
      requestId: item.id,
      digest: item.digest,
      deviceId: h.device.deviceId,
    });

    const overGzip = new Uint8Array(gzipSync(JSON.stringify(batch)));
    const wrong = await postBatch(h.send, h.device, batch, { gzip: true, signedBody: overGzip });
    expect(wrong.status).toBe(401);
    expect(errorCode(wrong)).toBe(AUTH_FAILURES.badSignature);
  });

  it('a mixed batch: a result per request in its order, one bad request holding up none of the others', async () => {
    const h = await openDeliveryHub();
    const [a, b, c] = [await goodItem(h), await goodItem(h), await goodItem(h)];
    expect(answerOf(await postBatch(h.send, h.device, batchOf([a]))).results).toEqual([received(a.id)]);
    const changed = itemOf(`${a.sealed.slice(0, -1)}${a.sealed.endsWith('A') ? 'B' : 'A'}`, a.id);
    const res = await postBatch(
      h.send,
      h.device,
      batchOf([b, changed, { ...c, sealed: 'not a seal', digest: itemOf('not a seal', c.id).digest }, a]),
    );
    expect(res.status).toBe(200);
    expect(answerOf(res).results).toEqual([
      received(b.id),
      rejected(a.id, DELIVERY_CODES.conflict),
      rejected(c.id, 'seal-malformed'),
      received(a.id),
    ]);
    expect(
      requestRowsOnDisk(h.hub.dataDir)
        .map((row) => row.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
  });
});
