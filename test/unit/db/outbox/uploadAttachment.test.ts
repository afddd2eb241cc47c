import { createStore } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AUTH_FAILURES,
  base64url,
  bodyDigest,
  DEVICE_HEADER,
  fromBase64url,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  signedCallText,
} from '../../../../src/core/deviceAuth/signedCall.ts';
import {
  ATTACHMENT_DAMAGED,
  GCM_TAG_BYTES,
  MAX_UPLOAD_BYTES,
  readUploadMetadata,
  UPLOAD_CHUNK_BYTES,
  UPLOAD_CODES,
  UPLOADS_PATH,
  type UploadMetadata,
  uploadCallBody,
  uploadId,
} from '../../../../src/core/sync/uploadProtocol.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { enrollDevice } from '../../../../src/db/device/enrollDevice.ts';
import { DeviceRevoked } from '../../../../src/db/device/signedFetch.ts';
import { uploadAttachment } from '../../../../src/db/outbox/uploadAttachment.ts';
import { MAX_ATTACHMENT_BYTES } from '../../../../src/db/requests/attachmentErrors.ts';
import type { AttachmentRecord } from '../../../../src/db/requests/attachmentRecord.ts';
import { storeAttachment } from '../../../../src/db/requests/attachments.ts';
import { newContentKey } from '../../../../src/db/requests/contentKey.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { fakeHub, revocationProof } from '../device/fakeHub.ts';

const HUB = 'https://hub.test';
const json = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

interface HeldUpload {
  size: number;
  metadata: UploadMetadata;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * A tus hub in a function, strict the way the real one is (test/hub/uploads checks the real one): each
 * call must carry a signature over its tus headers with a nonce it issued, once; creation, offset, bytes.
 */
function tusHub() {
  const enrolling = fakeHub({ ABCD1234: 'valid' });
  const nonces = new Map<string, 'fresh' | 'used'>();
  const uploads = new Map<string, HeldUpload>();
  const hub = {
    uploads,
    /** The tus calls (not the nonces), in order. */
    calls: [] as { method: string; path: string; status: number; nonce: string | null }[],
    /** Bytes of PATCH bodies the hub took. */
    received: 0,
    network: true,
    /** The next N signed calls are answered auth-stale. */
    staleNext: 0,
    /** Answers a call before anything else, when it returns one (a 503, a refusal …). */
    script: (_method: string, _path: string): Response | undefined => undefined,
    /** The next answer to this method is lost on the way back, after the hub acted on the call. */
    loseAnswerTo: undefined as string | undefined,
    /** The network drops right after this many PATCHes. */
    dropAfterPatches: Number.POSITIVE_INFINITY,
    revoke: () => enrolling.revoke('dev-1'),
    fetch: (async (input: string | URL | Request, init: RequestInit = {}) => {
      const url = new URL(String(input));
      const method = (init.method ?? 'GET').toUpperCase();
      if (url.pathname === '/api/enroll') return enrolling.fetch(input, init);
      if (!hub.network) throw new TypeError('Failed to fetch');
      const headers = new Headers(init.headers);
      const response = await answer(method, url.pathname, headers, init.body as Uint8Array<ArrayBuffer> | undefined);
      if (url.pathname.startsWith(UPLOADS_PATH)) {
        hub.calls.push({ method, path: url.pathname, status: response.status, nonce: headers.get(NONCE_HEADER) });
      }
      if (method === 'PATCH' && --hub.dropAfterPatches <= 0) hub.network = false;
      if (hub.loseAnswerTo === method) {
        hub.loseAnswerTo = undefined;
        throw new TypeError('Failed to fetch');
      }
      return response;
    }) as typeof fetch,
  };

  async function answer(
    method: string,
    path: string,
    headers: Headers,
    body?: Uint8Array<ArrayBuffer>,
  ): Promise<Response> {
    if (method === 'GET' && path === '/api/nonce') {
      const nonce = crypto.randomUUID();
      nonces.set(nonce, 'fresh');
      return json({ nonce }, 200);
    }
    const deviceId = headers.get(DEVICE_HEADER) ?? '';
    const nonce = headers.get(NONCE_HEADER) ?? '';
    const device = enrolling.devices.get(deviceId);
    if (!device) return json({ error: { code: AUTH_FAILURES.unknownDevice } }, 401);
    if (device.revoked) {
      return json({ error: { code: AUTH_FAILURES.revoked }, proof: await revocationProof(deviceId, nonce) }, 401);
    }
    const text = signedCallText({
      method,
      path,
      nonce,
      deviceId,
      bodyDigest: await bodyDigest(uploadCallBody((name) => headers.get(name))),
    });
    const signature = fromBase64url(headers.get(SIGNATURE_HEADER) ?? '');
    const ecdsa = { name: 'ECDSA', hash: 'SHA-256' };
    if (!(await crypto.subtle.verify(ecdsa, device.key, signature, new TextEncoder().encode(text)))) {
      return json({ error: { code: AUTH_FAILURES.badSignature } }, 401);
    }
    if (nonces.get(nonce) !== 'fresh') return json({ error: { code: AUTH_FAILURES.stale } }, 401);
    nonces.set(nonce, 'used');
    if (hub.staleNext > 0) {
      hub.staleNext -= 1;
      return json({ error: { code: AUTH_FAILURES.stale } }, 401);
    }
    const scripted = hub.script(method, path);
    if (scripted) return scripted;

    if (method === 'POST' && path === UPLOADS_PATH) {
      const metadata = readUploadMetadata(headers.get('upload-metadata'));
      if ('problem' in metadata) return json({ error: { code: UPLOAD_CODES.badMetadata } }, 400);
      const id = uploadId(deviceId, metadata.attachmentId);
      if (uploads.has(id)) return json({ error: { code: UPLOAD_CODES.exists } }, 409);
      const size = Number(headers.get('upload-length'));
      uploads.set(id, { size, metadata, bytes: new Uint8Array(0) });
      return new Response(null, { status: 201, headers: { location: `${UPLOADS_PATH}/${id}` } });
    }
    const held = uploads.get(path.slice(UPLOADS_PATH.length + 1));
    if (!held) return new Response(null, { status: 404 });
    if (method === 'HEAD') {
      return new Response(null, {
        status: 200,
        headers: { 'upload-offset': `${held.bytes.byteLength}`, 'upload-length': `${held.size}` },
      });
    }
    if (Number(headers.get('upload-offset')) !== held.bytes.byteLength) return new Response(null, { status: 409 });
    const chunk = body ?? new Uint8Array(0);
    hub.received += chunk.byteLength;
    const bytes = new Uint8Array(held.bytes.byteLength + chunk.byteLength);
    bytes.set(held.bytes);
    bytes.set(chunk, held.bytes.byteLength);
    held.bytes = bytes;
    return new Response(null, { status: 204, headers: { 'upload-offset': `${bytes.byteLength}` } });
  }

  return hub;
}

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

let n = 0;
async function device() {
  n += 1;
  db = freshDb();
  const hub = tusHub();
  await enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch, hubUrl: HUB });
  const world = {
    db,
    fetch: hub.fetch,
    hubUrl: HUB,
    now: () => 9_000,
    settings: createStore(`upload-settings-${n}`, 'keyval'),
    markers: createStore(`upload-markers-${n}`, 'marker'),
  };
  return { hub, world };
}

/** An attachment row of a completed request; its "ciphertext" is random bytes, which is all the hub sees. */
async function attachmentRow(size: number): Promise<AttachmentRecord> {
  const ciphertext = new Uint8Array(size);
  for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(ciphertext.subarray(at, at + 65_536));
  const row: AttachmentRecord = {
    id: crypto.randomUUID(),
    attendanceId: crypto.randomUUID(),
    requestId: crypto.randomUUID(),
    fieldId: 'documento',
    type: 'image/webp',
    bytes: size - GCM_TAG_BYTES,
    digest: base64url(await crypto.subtle.digest('SHA-256', ciphertext)),
    iv: crypto.getRandomValues(new Uint8Array(12)),
    ciphertext,
    createdAt: 1_000,
  };
  await db.attachments.add(row);
  return row;
}

describe('uploadAttachment', () => {
  it('uploads the ciphertext as stored, each call signed over its tus headers with a nonce of its own', async () => {
    const { hub, world } = await device();
    const row = await attachmentRow(2 * UPLOAD_CHUNK_BYTES + 1_000);

    expect(await uploadAttachment(world, row)).toBe('uploaded');

    const held = hub.uploads.get(uploadId('dev-1', row.id));
    expect(held?.bytes).toEqual(row.ciphertext);
    expect(held?.metadata).toEqual({
      requestId: row.requestId,
      attachmentId: row.id,
      digest: row.digest,
      iv: base64url(row.iv),
    });
    // Never tried before: created at once (no HEAD), then sent in chunks.
    expect(hub.calls.map((call) => `${call.method} ${call.status}`)).toEqual([
      'POST 201',
      'PATCH 204',
      'PATCH 204',
      'PATCH 204',
    ]);
    const nonces = hub.calls.map((call) => call.nonce);
    expect(new Set(nonces).size).toBe(nonces.length);
    expect(await db.attachments.get(row.id)).toMatchObject({
      uploadUrl: `${HUB}${UPLOADS_PATH}/${uploadId('dev-1', row.id)}`,
      uploadedAt: 9_000,
    });
  });

  it('leaves the upload where a killed sender left it, and a new sender sends only the rest', async () => {
    const { hub, world } = await device();
    const row = await attachmentRow(3 * UPLOAD_CHUNK_BYTES);
    hub.dropAfterPatches = 1;
    expect(await uploadAttachment(world, row, { retryDelays: [] })).toBe('retry');
    expect((await db.attachments.get(row.id))?.uploadUrl).toBe(`${HUB}${UPLOADS_PATH}/${uploadId('dev-1', row.id)}`);
    expect((await db.attachments.get(row.id))?.uploadedAt).toBeUndefined();

    hub.network = true;
    hub.dropAfterPatches = Number.POSITIVE_INFINITY;
    hub.calls.length = 0;
    expect(await uploadAttachment(world, row)).toBe('uploaded');
    expect(hub.calls.map((call) => call.method)).toEqual(['HEAD', 'PATCH', 'PATCH']);
    expect(hub.received).toBe(row.ciphertext.byteLength);
    expect(hub.uploads.get(uploadId('dev-1', row.id))?.bytes).toEqual(row.ciphertext);
  });

  it('asks where a creation whose answer was lost left the upload, rather than creating it again', async () => {
    const { hub, world } = await device();
    const row = await attachmentRow(UPLOAD_CHUNK_BYTES + 10);
    hub.loseAnswerTo = 'POST';
    expect(await uploadAttachment(world, row, { retryDelays: [] })).toBe('retry');
    expect((await db.attachments.get(row.id))?.uploadUrl).toBe(`${HUB}${UPLOADS_PATH}/${uploadId('dev-1', row.id)}`);
    hub.loseAnswerTo = 'POST';
    expect(await uploadAttachment(world, await attachmentRow(10), { retryDelays: [0] })).toBe('uploaded');

    hub.calls.length = 0;
    expect(await uploadAttachment(world, row)).toBe('uploaded');
    expect(hub.calls.map((call) => `${call.method} ${call.status}`)).toEqual(['HEAD 200', 'PATCH 204', 'PATCH 204']);
  });

  it('rides out a blip within the call, and signs again once when a nonce went stale', async () => {
    const { hub, world } = await device();
    const row = await attachmentRow(2 * UPLOAD_CHUNK_BYTES);
    hub.dropAfterPatches = 1;
    let blips = 0;
    const blipping: typeof fetch = async (input, init) => {
      if (!hub.network && blips === 0) {
        blips += 1;
        hub.network = true;
        throw new TypeError('Failed to fetch');
      }
      return hub.fetch(input, init);
    };
    hub.staleNext = 1;
    expect(await uploadAttachment({ ...world, fetch: blipping }, row)).toBe('uploaded');
    expect(blips).toBe(1);
    expect(hub.calls.filter((call) => call.status === 401)).toHaveLength(1);
    expect(hub.uploads.get(uploadId('dev-1', row.id))?.bytes).toEqual(row.ciphertext);
  });

  it('answers retry for what another attempt may cure, and refused, with the code, for what it cannot', async () => {
    const { hub, world } = await device();
    const cases: [() => Response, unknown][] = [
      [() => new Response('busy', { status: 503 }), 'retry'],
      [() => json({ error: { code: 'too-many-requests' } }, 429), 'retry'],
      [() => json({ error: { code: UPLOAD_CODES.digestMismatch } }, 460), 'retry'],
      [() => json({ error: { code: UPLOAD_CODES.tooLarge } }, 413), { refused: UPLOAD_CODES.tooLarge }],
      [() => json({ error: { code: AUTH_FAILURES.badSignature } }, 401), { refused: AUTH_FAILURES.badSignature }],
      [() => new Response('<html>portal</html>', { status: 403 }), { refused: 'http-403' }],
    ];
    for (const [scripted, outcome] of cases) {
      const row = await attachmentRow(1_000);
      hub.script = (method) => (method === 'POST' ? scripted() : undefined);
      expect(await uploadAttachment(world, row, { retryDelays: [] })).toEqual(outcome);
      expect((await db.attachments.get(row.id))?.uploadedAt).toBeUndefined();
    }
    hub.script = () => undefined;
    hub.network = false;
    expect(await uploadAttachment(world, await attachmentRow(1_000), { retryDelays: [] })).toBe('retry');
  });

  it('does not send an attachment again once the hub confirmed it, unless asked to check', async () => {
    const { hub, world } = await device();
    const row = await attachmentRow(1_000);
    expect(await uploadAttachment(world, row)).toBe('uploaded');
    hub.calls.length = 0;
    expect(await uploadAttachment(world, row)).toBe('uploaded');
    expect(hub.calls).toEqual([]);
    expect(await uploadAttachment(world, row, { recheck: true })).toBe('uploaded');
    expect(hub.calls.map((call) => call.method)).toEqual(['HEAD']);
  });

  it('does not upload an attachment whose stored bytes no longer match their digest', async () => {
    const { hub, world } = await device();
    const row = await attachmentRow(1_000);
    const damaged = new Uint8Array(row.ciphertext);
    damaged[10] = (damaged[10] ?? 0) ^ 0xff;
    await db.attachments.update(row.id, { ciphertext: damaged });
    expect(await uploadAttachment(world, row)).toEqual({ refused: ATTACHMENT_DAMAGED });
    expect(hub.calls).toEqual([]);
  });

  it('wipes the device when the hub says it was revoked', async () => {
    const { hub, world } = await device();
    const row = await attachmentRow(1_000);
    hub.revoke();
    await expect(uploadAttachment(world, row)).rejects.toBeInstanceOf(DeviceRevoked);
    expect(await db.device.count()).toBe(0);
  });
});

describe('the hub’s upload limit', () => {
  it('is the largest attachment the device stores, encrypted', async () => {
    expect(MAX_UPLOAD_BYTES).toBe(MAX_ATTACHMENT_BYTES + GCM_TAG_BYTES);
    db = freshDb();
    const ref = await storeAttachment(db, {
      attendanceId: 'attendance-1',
      fieldId: 'documento',
      contentKey: newContentKey(),
      bytes: new Uint8Array(MAX_ATTACHMENT_BYTES),
      type: 'image/jpeg',
    });
    expect((await db.attachments.get(ref.id))?.ciphertext.byteLength).toBe(MAX_UPLOAD_BYTES);
  });
});
