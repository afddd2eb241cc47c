import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { buildHub } from '../../../server/app.ts';
import { openReceiptKeyring } from '../../../server/keys/openReceiptKeyring.ts';
import { KeysProofInvalid, verifyKeys } from '../../../src/core/deviceAuth/keysProof.ts';
import { DELIVERY_CODES, type DeliveryResult } from '../../../src/core/sync/deliveryProtocol.ts';
import { ReceiptInvalid, type ReceiptKey, verifyReceipt } from '../../../src/core/sync/receipt.ts';
import { runHubCli } from '../../kit/startHub.ts';
import { injectTransport, signedCall } from '../deviceKit.ts';
import { makeAppDir } from '../fixtures/makeAppDir.ts';
import { tempDir } from '../tempDir.ts';
import {
  answerOf,
  batchOf,
  type DeliveryHub,
  licencePayload,
  openDeliveryHub,
  type Profile,
  postBatch,
  sealedItem,
} from './deliveryKit.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

async function deliver(h: DeliveryHub) {
  const item = await sealedItem(licencePayload(h), h.hubKey);
  const [result] = answerOf(await postBatch(h.send, h.device, batchOf([item]))).results;
  if (result?.status !== 'received') throw new Error(`not received: ${JSON.stringify(result)}`);
  return { item, receipt: result.receipt };
}

const expectedOf = (h: DeliveryHub, item: { id: string; digest: string }) => ({
  requestId: item.id,
  digest: item.digest,
  deviceId: h.device.deviceId,
});

async function profileOf(h: DeliveryHub): Promise<Profile> {
  const res = await signedCall(h.send, h.device, { url: '/api/device' });
  expect(res.status).toBe(200);
  return res.json() as Profile;
}

async function rotateKey(dataDir: string, args: string[] = []): Promise<string[]> {
  const res = await runHubCli(['rotate-key', ...args], { dataDir });
  if (res.code !== 0) throw new Error(`rotate-key failed (${res.code}): ${res.stderr}`);
  return res.stdout.split('\n');
}

describe("the hub's receipt keys", () => {
  it('are made on the first start beside the sealing keys, readable by the hub only, and never in the database', async () => {
    const h = await openDeliveryHub();
    const dir = join(h.hub.dataDir, 'receipt-keys');
    const [key] = h.profile.receiptKeys;
    if (!key) throw new Error('the enrollment profile has no receipt key');
    expect(h.profile.receiptKeys).toHaveLength(1);
    expect(key.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readdirSync(dir).sort()).toEqual(['current', `${key.kid}.receipt.jwk`].sort());
    expect(mode(dir)).toBe(0o700);
    for (const name of readdirSync(dir)) expect(mode(join(dir, name)), name).toBe(0o600);
    const file = JSON.parse(readFileSync(join(dir, `${key.kid}.receipt.jwk`), 'utf8'));
    expect(file).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', d: expect.any(String), kid: key.kid });
    // Devices get the public half only.
    expect(Object.keys(key.jwk).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect((await profileOf(h)).receiptKeys).toEqual(h.profile.receiptKeys);

    await deliver(h);
    const database = readdirSync(h.hub.dataDir)
      .filter((name) => name.startsWith('balcao.sqlite'))
      .map((name) => readFileSync(join(h.hub.dataDir, name)).toString('latin1'))
      .join('');
    expect(database).not.toContain(file.d);
  });

  it('are made once when several processes start on an empty folder at the same moment', async () => {
    const dir = join(tempDir(), 'receipt-keys');
    const rings = await Promise.all([openReceiptKeyring(dir), openReceiptKeyring(dir), openReceiptKeyring(dir)]);
    const kids = await Promise.all(rings.map(async (ring) => (await ring.signingKey()).kid));
    expect(new Set(kids).size).toBe(1);
    expect(readdirSync(dir).filter((name) => name.endsWith('.jwk'))).toEqual([`${kids[0]}.receipt.jwk`]);
  });

  it('keep a receipt verifying after rotate-key, and sign the next ones with the new key', async () => {
    const h = await openDeliveryHub();
    const [oldKey] = h.profile.receiptKeys as [ReceiptKey];
    const before = await deliver(h);
    expect(decodeProtectedHeader(before.receipt).kid).toBe(oldKey.kid);

    const [newSealingKid, newReceiptKid] = await rotateKey(h.hub.dataDir);
    const after = await profileOf(h);
    expect(after.currentKid).toBe(newSealingKid);
    expect(after.receiptKeys.map((key) => key.kid)).toEqual([newReceiptKid, oldKey.kid]);
    // The new keys come with a proof each receipt key signed: a device that knows only the old one takes them.
    await verifyKeys(after.keysProof, after, [oldKey]);
    await expect(verifyKeys(after.keysProof, { ...after, currentKid: oldKey.kid }, [oldKey])).rejects.toThrow(
      KeysProofInvalid,
    );

    // The receipt the device already holds still verifies with the keys it is told now …
    await verifyReceipt(before.receipt, after.receiptKeys, expectedOf(h, before.item));
    // … and only thanks to the old key kept in the list.
    const onlyNew = after.receiptKeys.filter((key) => key.kid === newReceiptKid);
    await expect(verifyReceipt(before.receipt, onlyNew, expectedOf(h, before.item))).rejects.toThrow(ReceiptInvalid);
    // A retry of the request is answered with the very receipt it had, signed with the old key.
    const [again] = answerOf(await postBatch(h.send, h.device, batchOf([before.item]))).results;
    expect(again).toEqual({ id: before.item.id, status: 'received', receipt: before.receipt });

    const next = await deliver(h);
    expect(decodeProtectedHeader(next.receipt).kid).toBe(newReceiptKid);
    await verifyReceipt(next.receipt, after.receiptKeys, expectedOf(h, next.item));
    await expect(verifyReceipt(next.receipt, h.profile.receiptKeys, expectedOf(h, next.item))).rejects.toThrow(
      ReceiptInvalid,
    );
  });

  it('rotate alone with --only receipt, and stay as they are with --only sealing', async () => {
    const h = await openDeliveryHub();
    const [receiptKid] = await rotateKey(h.hub.dataDir, ['--only', 'receipt']);
    const onlyReceipt = await profileOf(h);
    expect(onlyReceipt.receiptKeys.map((key) => key.kid)).toEqual([receiptKid, h.profile.receiptKeys[0]?.kid]);
    expect(onlyReceipt.hubKeys).toEqual(h.profile.hubKeys);

    const [sealingKid] = await rotateKey(h.hub.dataDir, ['--only', 'sealing']);
    const onlySealing = await profileOf(h);
    expect(onlySealing.currentKid).toBe(sealingKid);
    expect(onlySealing.receiptKeys).toEqual(onlyReceipt.receiptKeys);

    const misused = await runHubCli(['rotate-key', '--only', 'both'], { dataDir: h.hub.dataDir });
    expect(misused.code).toBe(2);
    expect(misused.stderr).toContain('--only must be sealing or receipt');
  });
});

describe('a receipt', () => {
  it('names the hub reference: the year and its next number, from 1 again in a new year', async () => {
    const h = await openDeliveryHub();
    const refOf = async () => {
      const { item, receipt } = await deliver(h);
      return (await verifyReceipt(receipt, h.profile.receiptKeys, expectedOf(h, item))).hubRef;
    };
    expect([await refOf(), await refOf()]).toEqual(['H-2026-000001', 'H-2026-000002']);
    h.hub.clock.advance(305 * 86_400_000);
    const { item, receipt } = await deliver(h);
    const stored = await verifyReceipt(receipt, h.profile.receiptKeys, expectedOf(h, item));
    expect(stored.hubRef).toBe('H-2027-000001');
    expect(stored.receivedAt).toBe(h.hub.clock.now().getTime());
  });
});

describe("the hub's log of a batch", () => {
  it('tells the device and the count of each outcome, and nothing from inside a request', async () => {
    const h = await openDeliveryHub();
    let log = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        log += String(chunk);
        done();
      },
    });
    const app = buildHub({
      store: h.hub.store,
      keys: h.hub.keys,
      appDir: makeAppDir(),
      logger: { level: 'info', stream },
      now: h.hub.clock.now,
    });
    const send = injectTransport(app);
    const payload = licencePayload(h);
    const good = await sealedItem(payload, h.hubKey);
    const bad = await sealedItem(
      { ...payload, requestId: randomUUID(), answers: { ...payload.answers, nif: '1' } },
      h.hubKey,
    );
    const scan = randomUUID();
    const waiting = await sealedItem({ ...payload, requestId: randomUUID() }, h.hubKey, [scan]);
    const res = await postBatch(send, h.device, batchOf([good, bad, waiting, good]));
    await app.close();
    expect((answerOf(res).results as DeliveryResult[]).map((r) => r.status)).toEqual([
      'received',
      'rejected',
      'retry',
      'received',
    ]);

    const line = log
      .split('\n')
      .filter((text) => text.startsWith('{'))
      .map((text) => JSON.parse(text))
      .find((entry) => entry.msg === 'batch received');
    expect(line).toMatchObject({
      deviceId: h.device.deviceId,
      requests: 4,
      stored: 1,
      again: 1,
      rejected: { 'request-invalid': 1 },
      retry: { [DELIVERY_CODES.attachmentsMissing]: 1 },
    });
    for (const secret of [good.sealed.slice(0, 200), bad.sealed.slice(-100), 'Canário', '123456789', scan]) {
      expect(log).not.toContain(secret);
    }
  });
});
