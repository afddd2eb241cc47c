// @vitest-environment node
// A batch answered `401 auth-revoked`: the device wipes itself only on the hub's proof for this device and
// this very call. Anything else (a portal, a man in the middle of the van's Wi-Fi) would otherwise destroy
// the outbox of completed requests not yet delivered; on it the batch waits and is sent again later.
import { afterEach, describe, expect, it } from 'vitest';
import { DEVICE_HEADER, NONCE_HEADER } from '../../../../src/core/deviceAuth/signedCall.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { deviceIdentity } from '../../../../src/db/device/deviceIdentity.ts';
import { DEVICE_ROW_ID } from '../../../../src/db/device/deviceRecord.ts';
import { wipeMarker } from '../../../../src/db/device/wipeDevice.ts';
import { drain } from '../../../../src/db/outbox/drain.ts';
import { LinkBudget } from '../../../../src/db/outbox/linkBudget.ts';
import { postBatch } from '../../../../src/db/outbox/postBatch.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import {
  type Prove,
  type RefusedCall,
  revocationSigner,
  revokedAnswer,
  unprovenRevocations,
} from '../device/revocationAnswers.ts';
import { DEVICE_ID, outboxWithRequests, type Post, row } from './outboxKit.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

const PROOF_KID = 'receipts-2026-b';
// The hub's key its proofs are signed with, made once: the device learns it as one of the hub's receipt keys.
let hubProofs: ReturnType<typeof revocationSigner> | undefined;
const proofKey = () => {
  hubProofs ??= revocationSigner(PROOF_KID);
  return hubProofs;
};
const prove: Prove = async (deviceId, nonce) => (await proofKey()).prove(deviceId, nonce);

/** A device with `n` queued requests that holds the hub's proof key beside its receipt key. */
async function outbox(n: number) {
  db = freshDb();
  const sender = await outboxWithRequests(db, n);
  await db.device.update(DEVICE_ROW_ID, { receiptKeys: [sender.signer.key, (await proofKey()).key] });
  return sender;
}

const callOf = (post: Post): RefusedCall => ({
  deviceId: post.headers.get(DEVICE_HEADER) ?? '',
  nonce: post.headers.get(NONCE_HEADER) ?? '',
});

describe('postBatch on a revoked answer', () => {
  it('wipes the device on the hub’s proof for this device and this call', async () => {
    const { hub, world } = await outbox(2);
    hub.faults.push(async (post) => revokedAnswer(await prove(DEVICE_ID, callOf(post).nonce)));

    expect(await drain(world)).toMatchObject({ outcome: 'revoked', delivered: 0 });
    expect(await deviceIdentity(db)).toBeUndefined();
    expect(await wipeMarker(world.markers)).toMatchObject({ reason: 'revoked', complete: true });
  });

  it.each(unprovenRevocations(prove, PROOF_KID))(
    'wipes nothing on %s: the batch waits with its sealed requests, and says why',
    async (_, answer) => {
      const { rows, hub, world, logs } = await outbox(2);
      hub.faults.push((post) => answer(callOf(post)));

      expect(await drain(world)).toMatchObject({ outcome: 'hub-error', delivered: 0, retry: 2 });

      expect((await deviceIdentity(db))?.deviceId).toBe(DEVICE_ID);
      expect(await wipeMarker(world.markers)).toBeUndefined();
      expect(await db.outbox.count()).toBe(2);
      for (const queued of rows) {
        expect(await row(db, queued.id)).toMatchObject({ state: 'retry', sealed: queued.sealed });
      }
      expect(logs.join('\n')).toMatch(/a revoked answer that proves nothing: .+/);
    },
  );

  it('answers a retry that says why, not a revocation, to the sender', async () => {
    const { hub, world } = await outbox(1);
    const device = await deviceIdentity(db);
    if (!device) throw new Error('no device');
    hub.faults.push(async () => revokedAnswer(await prove(DEVICE_ID, 'an-older-call-nonce-0001')));

    const call = await postBatch(world, device, JSON.stringify({ v: 1, requests: [] }), new LinkBudget());

    expect(call).toMatchObject({
      kind: 'retry',
      code: 'garbage',
      why: 'a revoked answer that proves nothing: the proof is for another call (its nonce)',
      link: false,
    });
  });

  it('believes the words alone on a device enrolled before the hub had receipt keys', async () => {
    const { hub, world } = await outbox(2);
    await db.device.toCollection().modify((device) => {
      delete device.receiptKeys;
    });
    hub.faults.push(async () => revokedAnswer());

    expect(await drain(world)).toMatchObject({ outcome: 'revoked' });
    expect(await deviceIdentity(db)).toBeUndefined();
  });
});
