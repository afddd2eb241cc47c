// An upload call answered `401 auth-revoked`: the device wipes itself only on the hub's proof for this
// device and this very call; on anything less (a portal's words, a proof forged or replayed) the upload
// waits and the outbox keeps the completed requests it has not delivered.
import { createStore } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { DEVICE_HEADER, NONCE_HEADER } from '../../../../src/core/deviceAuth/signedCall.ts';
import { UPLOADS_PATH } from '../../../../src/core/sync/uploadProtocol.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { deviceIdentity } from '../../../../src/db/device/deviceIdentity.ts';
import { enrollDevice } from '../../../../src/db/device/enrollDevice.ts';
import { DeviceRevoked, SignedFetchError } from '../../../../src/db/device/signedFetch.ts';
import { wipeMarker } from '../../../../src/db/device/wipeDevice.ts';
import { tusFetchStack } from '../../../../src/db/outbox/tusFetchStack.ts';
import { uploadAttachment } from '../../../../src/db/outbox/uploadAttachment.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { fakeHub, RECEIPT_KEY, revocationProof } from '../device/fakeHub.ts';
import { type RefusedCall, revokedAnswer, unprovenRevocations } from '../device/revocationAnswers.ts';
import { queueRequests } from './outboxKit.ts';

const HUB = 'https://hub.test';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

let n = 0;
/**
 * An enrolled device with a completed request and its photo in the outbox; its upload calls are answered
 * by `uploads` when it is set, by the (fake) hub otherwise.
 */
async function device() {
  n += 1;
  db = freshDb();
  const hub = fakeHub({ ABCD1234: 'valid' });
  await enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch, hubUrl: HUB });
  await queueRequests(db, 1, 1);
  const logs: string[] = [];
  const script: { uploads?: (call: RefusedCall) => Promise<Response> } = {};
  const fetch: typeof globalThis.fetch = async (input, init) => {
    if (script.uploads && new URL(String(input)).pathname.startsWith(UPLOADS_PATH)) {
      const headers = new Headers(init?.headers);
      return script.uploads({ deviceId: headers.get(DEVICE_HEADER) ?? '', nonce: headers.get(NONCE_HEADER) ?? '' });
    }
    return hub.fetch(input, init);
  };
  const world = {
    db,
    fetch,
    hubUrl: HUB,
    now: () => 9_000,
    log: (line: string) => logs.push(line),
    settings: createStore(`tus-settings-${n}`, 'keyval'),
    markers: createStore(`tus-markers-${n}`, 'marker'),
  };
  const identity = await deviceIdentity(db);
  if (!identity) throw new Error('the device did not enroll');
  const [attachment] = await db.attachments.toArray();
  if (!attachment) throw new Error('no attachment queued');
  /** One tus creation call, made by the stack as tus-js-client makes it. */
  const create = () => {
    const call = tusFetchStack(world, identity).createRequest('POST', `${HUB}${UPLOADS_PATH}`);
    call.setHeader('Tus-Resumable', '1.0.0');
    call.setHeader('Upload-Length', String(attachment.ciphertext.byteLength));
    return call.send(null);
  };
  return { hub, world, logs, script, attachment, create };
}

describe('the upload stack on a revoked answer', () => {
  it('wipes the device on the hub’s proof for this device and this call', async () => {
    const { hub, world, create } = await device();
    hub.revoke('dev-1');

    await expect(create()).rejects.toBeInstanceOf(DeviceRevoked);

    expect(await deviceIdentity(db)).toBeUndefined();
    expect(await wipeMarker(world.markers)).toMatchObject({ reason: 'revoked', complete: true });
  });

  it.each(unprovenRevocations(revocationProof, RECEIPT_KEY.kid))(
    'wipes nothing on %s, and says why',
    async (_, answer) => {
      const { world, logs, script, create } = await device();
      script.uploads = answer;

      const error = await create().catch((e: unknown) => e);

      expect(error).toBeInstanceOf(SignedFetchError);
      expect(error).toMatchObject({ reason: 'garbage' });
      expect(logs).toEqual([
        expect.stringMatching(/^POST \/api\/uploads: a revoked answer that proves nothing \(.+\)/),
      ]);
      expect((await deviceIdentity(db))?.deviceId).toBe('dev-1');
      expect(await wipeMarker(world.markers)).toBeUndefined();
    },
  );

  it('leaves the upload to be tried again, the request and its photo still in the outbox', async () => {
    const { world, script, attachment } = await device();
    script.uploads = async () => revokedAnswer();

    expect(await uploadAttachment(world, attachment, { retryDelays: [] })).toBe('retry');

    expect(await db.outbox.count()).toBe(1);
    expect((await db.attachments.get(attachment.id))?.ciphertext).toEqual(attachment.ciphertext);
    expect((await deviceIdentity(db))?.deviceId).toBe('dev-1');
  });
});
