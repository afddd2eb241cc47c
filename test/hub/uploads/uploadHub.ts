// The hub for the upload tests: in-process over a real SQLite file and key folder, taking uploads in its
// data folder, listening on a real loopback port (tus streams bodies, and a cutting proxy needs a socket).
// With a device helper that signs tus calls the way the app's fetch stack does, and can get them wrong.
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { expect, onTestFinished } from 'vitest';
import { buildHub } from '../../../server/app.ts';
import { issueEnrollCode } from '../../../server/enroll/issueEnrollCode.ts';
import { uploadFiles, uploadsFolder } from '../../../server/uploads/uploadFiles.ts';
import {
  base64url,
  bodyDigest,
  DEVICE_HEADER,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  signedCallText,
} from '../../../src/core/deviceAuth/signedCall.ts';
import { UPLOADS_PATH, type UploadMetadata, uploadCallBody, uploadId } from '../../../src/core/sync/uploadProtocol.ts';
import { BalcaoDb } from '../../../src/db/balcaoDb.ts';
import { enrollDevice } from '../../../src/db/device/enrollDevice.ts';
import type { UploadWorld } from '../../../src/db/outbox/uploadAttachment.ts';
import type { AttachmentRecord } from '../../../src/db/requests/attachmentRecord.ts';
import { enrollDevice as enrollTestDevice, fetchNonce, fetchTransport, sign, type TestDevice } from '../deviceKit.ts';
import { fakeClock } from '../fakeClock.ts';
import { makeAppDir } from '../fixtures/makeAppDir.ts';
import { TEST_SPOT } from '../openTestHub.ts';
import { openTestStore } from '../openTestStore.ts';
import { testKeyring } from '../testKeyring.ts';

export async function openUploadHub(options: { maxBytes?: number } = {}) {
  const { store, dataDir } = openTestStore();
  const clock = fakeClock();
  await store.addSpot(TEST_SPOT, clock.now());
  const keys = await testKeyring(dataDir);
  const app = buildHub({
    store,
    keys,
    appDir: makeAppDir(),
    logger: false,
    now: clock.now,
    uploads: { dataDir, ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }) },
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  onTestFinished(() => app.close());
  const dir = uploadsFolder(dataDir);
  return {
    url,
    store,
    dataDir,
    clock,
    code: async () => (await issueEnrollCode(store, TEST_SPOT.id, clock.now(), 24)).code,
    /** A device enrolled the test kit's way: its key pair in hand, for calls made by hand. */
    device: async (): Promise<TestDevice> =>
      enrollTestDevice(fetchTransport(url), (await issueEnrollCode(store, TEST_SPOT.id, clock.now(), 24)).code),
    /** The bytes the hub keeps for an upload, or undefined when it keeps none. */
    stored: async (id: string) => readFile(uploadFiles(dir, id).bytes).catch(() => undefined),
    files: (id: string) => uploadFiles(dir, id),
  };
}

export type UploadHub = Awaited<ReturnType<typeof openUploadHub>>;

/** A device as the app makes one: its own database (fake-indexeddb), enrolled with the hub by the app's code. */
export async function appDevice(hub: UploadHub): Promise<{ world: UploadWorld; db: BalcaoDb; deviceId: string }> {
  const db = new BalcaoDb(`balcao-upload-${crypto.randomUUID()}`);
  onTestFinished(() => db.delete());
  const known = await enrollDevice({ code: await hub.code(), db, fetch, hubUrl: hub.url });
  return { db, deviceId: known.deviceId, world: { db, fetch, hubUrl: hub.url, now: () => 1_700_000_000_000 } };
}

/**
 * An attachment row of a completed request, as the attachment store keeps one: `plainBytes` of random
 * "image" under AES-GCM with a fresh key (so the ciphertext is `plainBytes` + 16), its digest and iv.
 */
export async function storedAttachment(db: BalcaoDb, plainBytes: number): Promise<AttachmentRecord> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const image = new Uint8Array(plainBytes);
  // getRandomValues fills at most 64 KiB at a time.
  for (let at = 0; at < plainBytes; at += 65_536) crypto.getRandomValues(image.subarray(at, at + 65_536));
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, image));
  const record: AttachmentRecord = {
    id: crypto.randomUUID(),
    attendanceId: crypto.randomUUID(),
    requestId: crypto.randomUUID(),
    fieldId: 'documento',
    type: 'image/jpeg',
    bytes: plainBytes,
    digest: base64url(await crypto.subtle.digest('SHA-256', ciphertext)),
    iv,
    ciphertext,
    createdAt: 1_700_000_000_000,
  };
  await db.attachments.add(record);
  return record;
}

/** The Upload-Metadata header the app's tus client sends for `metadata`. */
export function metadataHeader(metadata: Partial<Record<keyof UploadMetadata | string, string>>): string {
  return Object.entries(metadata)
    .map(([key, value]) => `${key} ${btoa(value ?? '')}`)
    .join(',');
}

export interface TusCall {
  method: 'POST' | 'HEAD' | 'PATCH';
  /** The upload's path; UPLOADS_PATH for a creation. */
  path?: string;
  headers?: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  /** Send without the signing headers. */
  unsigned?: boolean;
  /** Headers changed after signing (a man in the middle). */
  tamper?: Record<string, string>;
}

export interface TusAnswer {
  status: number;
  headers: Headers;
  text: string;
  code: string | undefined;
}

/** One tus call signed the app's way (src/db/outbox/tusFetchStack.ts), made by hand so a test can get it wrong. */
export async function tusCall(hub: UploadHub, device: TestDevice, call: TusCall): Promise<TusAnswer> {
  const path = call.path ?? UPLOADS_PATH;
  const headers = new Headers({ 'tus-resumable': '1.0.0', ...call.headers });
  if (call.body !== undefined) headers.set('content-type', 'application/offset+octet-stream');
  if (!call.unsigned) {
    const nonce = await fetchNonce(fetchTransport(hub.url));
    const text = signedCallText({
      method: call.method,
      path,
      nonce,
      deviceId: device.deviceId,
      bodyDigest: await bodyDigest(uploadCallBody((name) => headers.get(name))),
    });
    headers.set(DEVICE_HEADER, device.deviceId);
    headers.set(NONCE_HEADER, nonce);
    headers.set(SIGNATURE_HEADER, await sign(device.keys.privateKey, text));
  }
  for (const [name, value] of Object.entries(call.tamper ?? {})) headers.set(name, value);
  const response = await fetch(`${hub.url}${path}`, {
    method: call.method,
    headers,
    ...(call.body === undefined ? {} : { body: call.body }),
  });
  const text = await response.text();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    code = undefined;
  }
  return { status: response.status, headers: response.headers, text, code };
}

// Uploads made by hand, call by call.

export const digestOf = async (bytes: Uint8Array<ArrayBuffer>) =>
  base64url(await crypto.subtle.digest('SHA-256', bytes));

export function bytesOf(size: number, seed = 7): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) % 251);
}

export async function newUpload(
  bytes: Uint8Array<ArrayBuffer>,
  changes: Record<string, string> = {},
  attachmentId?: string,
) {
  return {
    attachmentId: attachmentId ?? crypto.randomUUID(),
    metadata: {
      requestId: crypto.randomUUID(),
      digest: await digestOf(bytes),
      iv: base64url(new Uint8Array(12).fill(1)),
      ...changes,
    },
  };
}

/** Creates the upload for `bytes` as `device`, and answers its path. */
export async function createUpload(
  hub: UploadHub,
  device: TestDevice,
  bytes: Uint8Array<ArrayBuffer>,
  named: { digest?: string; attachmentId?: string } = {},
) {
  const changes = named.digest === undefined ? {} : { digest: named.digest };
  const { attachmentId, metadata } = await newUpload(bytes, changes, named.attachmentId);
  const res = await tusCall(hub, device, {
    method: 'POST',
    headers: {
      'upload-length': `${bytes.byteLength}`,
      'upload-metadata': metadataHeader({ ...metadata, attachmentId }),
    },
  });
  expect(res.status, res.text).toBe(201);
  return { attachmentId, path: res.headers.get('location') ?? '', id: uploadId(device.deviceId, attachmentId) };
}

export const patchUpload = (
  hub: UploadHub,
  device: TestDevice,
  path: string,
  offset: number,
  body: Uint8Array<ArrayBuffer>,
) => tusCall(hub, device, { method: 'PATCH', path, headers: { 'upload-offset': `${offset}` }, body });
