// The sender's tests' world: a device enrolled with a real signing key, real requests sealed and queued by
// completeRequest, and a scripted hub that checks every call the way the real one does (a fresh nonce, the
// device's signature over the inflated JSON, gzip on the wire) and signs real receipts. Faults are scripted
// per call: the real hub route is tested end to end elsewhere.
import { createStore } from 'idb-keyval';
import {
  AUTH_FAILURES,
  bodyDigest,
  DEVICE_HEADER,
  fromBase64url,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  signedCallText,
} from '../../../../src/core/deviceAuth/signedCall.ts';
import type { DeliveryAnswer, DeliveryBatch, DeliveryResult } from '../../../../src/core/sync/deliveryProtocol.ts';
import type { OutboxEvent } from '../../../../src/core/sync/drainMessages.ts';
import { type Receipt, type ReceiptKey, signReceipt } from '../../../../src/core/sync/receipt.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { DEVICE_ROW_ID, type DeviceRecord } from '../../../../src/db/device/deviceRecord.ts';
import type { DrainWorld } from '../../../../src/db/outbox/drainWorld.ts';
import { LinkBudget } from '../../../../src/db/outbox/linkBudget.ts';
import { memoryLock } from '../../../../src/db/outbox/memoryLock.ts';
import { storeAttachment } from '../../../../src/db/requests/attachments.ts';
import { completeRequest } from '../../../../src/db/requests/completeRequest.ts';
import type { OutboxRecord } from '../../../../src/db/requests/outboxRecord.ts';
import { hubKeyPair } from '../../core/seal/hubKeyPair.ts';
import { SPOT } from '../device/fakeHub.ts';
import { DEVICE_ID, mediator, requestPayload, scan, startAttendance } from '../requests/requestKit.ts';

export { DEVICE_ID };

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** A hub receipt key: its public half as devices hold it, and a signer. */
export async function receiptSigner(kid = 'receipts-2026') {
  const pair = await crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify']);
  const key: ReceiptKey = { kid, jwk: await crypto.subtle.exportKey('jwk', pair.publicKey) };
  return { key, sign: (receipt: Receipt) => signReceipt(receipt, pair.privateKey, kid) };
}
export type ReceiptSigner = Awaited<ReturnType<typeof receiptSigner>>;

/** The device's identity row, holding the hub's receipt keys, and its public key for the hub. */
export async function enrollDevice(db: BalcaoDb, receiptKeys: ReceiptKey[]): Promise<CryptoKey> {
  const pair = await crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify']);
  const record: DeviceRecord = {
    id: DEVICE_ROW_ID,
    deviceId: DEVICE_ID,
    privateKey: pair.privateKey,
    publicJwk: await crypto.subtle.exportKey('jwk', pair.publicKey),
    spot: { ...SPOT, serviceIds: [...SPOT.serviceIds], lock: { ...SPOT.lock } },
    hubKeys: [],
    currentKid: 'hub-2026-1',
    enrolledAt: 1,
    profileUpdatedAt: 1,
    receiptKeys,
  };
  await db.device.put(record);
  return pair.publicKey;
}

/** `n` completed requests, really sealed, queued in the outbox; `photos` attachments each. */
export async function queueRequests(db: BalcaoDb, n: number, photos = 0): Promise<OutboxRecord[]> {
  const hub = await hubKeyPair('hub-2026-1');
  const ana = await mediator(db, 'Ana Sousa');
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const { attendanceId, contentKey } = await startAttendance(db, ana);
    const attachments = [];
    for (let p = 0; p < photos; p += 1) {
      attachments.push(
        await storeAttachment(db, { attendanceId, fieldId: 'scan', contentKey, bytes: scan(), type: 'image/jpeg' }),
      );
    }
    const payload = requestPayload(ana, contentKey, { attachments, completedAt: 5_000 + i });
    await completeRequest(db, {
      payload,
      hubKey: hub.publicKey,
      mediatorName: ana.name,
      spotName: 'Espaço Cidadão de Arroios',
      attendanceId,
    });
    ids.push(payload.requestId);
  }
  return (await db.outbox.bulkGet(ids)) as OutboxRecord[];
}

export interface Post {
  batch: DeliveryBatch;
  headers: Headers;
  signal: AbortSignal | null;
  wireBytes: number;
  jsonBytes: number;
}

/** What the hub does with one POST: answer, or throw (the network failed), after seeing `post`. */
export type Fault = (post: Post, honest: () => Promise<Response>) => Response | Promise<Response>;

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
export const refusal = (status: number, code: string, headers: Record<string, string> = {}) =>
  json({ error: { code, message: code } }, status, headers);
export const portal = () =>
  new Response('<html><body>Wi-Fi do Lar: aceite os termos</body></html>', {
    status: 200,
    headers: { 'content-type': 'text/html' },
  });

export function scriptedHub(devicePublicKey: CryptoKey, signer: ReceiptSigner, clock: { now: number }) {
  const nonces = new Map<string, 'fresh' | 'used'>();
  const issue = () => {
    const nonce = crypto.randomUUID().replaceAll('-', '');
    nonces.set(nonce, 'fresh');
    return nonce;
  };
  const stored = new Map<string, { digest: string; receipt: string }>();
  let refs = 0;
  const hub = {
    posts: [] as Post[],
    /** Faults for the next POSTs, one each, in order; then `otherwise`, or the honest answer. */
    faults: [] as Fault[],
    otherwise: null as Fault | null,
    /** Answers every call, nonce included (a captive portal in front of the hub). */
    intercept: null as (() => Response) | null,
    /** How many times each request was stored: exactly once is the promise. */
    stored,
    /** Milliseconds the device's clock moves during a POST (a slow link). */
    postTakesMs: 0,
    /** GET /api/nonce calls answered. */
    nonceFetches: 0,
    /** Whether an honest answer carries the next call's nonce, as the real hub's does. */
    carriesNonce: true,
    /** The honest result of one request (overridable, e.g. to reject one). */
    resultFor: async (item: DeliveryBatch['requests'][number]): Promise<DeliveryResult> => {
      const earlier = stored.get(item.id);
      if (earlier && earlier.digest !== item.digest) {
        return {
          id: item.id,
          status: 'rejected',
          code: 'request-conflict',
          reason: { pt: 'Outro conteúdo', en: 'Other content' },
        };
      }
      if (earlier) return { id: item.id, status: 'received', receipt: earlier.receipt };
      refs += 1;
      const receipt = await signer.sign({
        requestId: item.id,
        digest: item.digest,
        deviceId: DEVICE_ID,
        hubRef: `H-2026-${String(refs).padStart(6, '0')}`,
        receivedAt: 1_800_000_000_000 + refs,
      });
      stored.set(item.id, { digest: item.digest, receipt });
      return { id: item.id, status: 'received', receipt };
    },
    fetch: (async (input: string | URL | Request, init: RequestInit = {}) => {
      if (hub.intercept) return hub.intercept();
      const url = new URL(String(input), 'https://hub.test');
      if (url.pathname === '/api/nonce') {
        hub.nonceFetches += 1;
        return json({ nonce: issue(), expiresAt: new Date(clock.now + 300_000).toISOString() });
      }
      if (url.pathname !== '/api/requests' || init.method !== 'POST') return refusal(404, 'not-found');
      const headers = new Headers(init.headers);
      const wire = new Uint8Array(init.body as Uint8Array<ArrayBuffer>);
      if (headers.get('content-encoding') !== 'gzip') return refusal(415, 'not-gzip');
      const plain = await gunzip(wire);
      const failure = await authenticate(headers, plain);
      if (failure) return refusal(401, failure);
      const post: Post = {
        batch: JSON.parse(new TextDecoder().decode(plain)) as DeliveryBatch,
        headers,
        signal: init.signal ?? null,
        wireBytes: wire.byteLength,
        jsonBytes: plain.byteLength,
      };
      hub.posts.push(post);
      clock.now += hub.postTakesMs;
      const honest = async () =>
        json({
          v: 1,
          results: await Promise.all(post.batch.requests.map(hub.resultFor)),
          ...(hub.carriesNonce && { nextNonce: issue() }),
        } satisfies DeliveryAnswer);
      const fault = hub.faults.shift() ?? hub.otherwise;
      return fault ? fault(post, honest) : honest();
    }) as typeof fetch,
  };

  // The real hub's order (server/api/requireDevice.ts): nonce judged first, then the signature.
  async function authenticate(headers: Headers, plain: Uint8Array<ArrayBuffer>): Promise<string | null> {
    const nonce = headers.get(NONCE_HEADER) ?? '';
    const state = nonces.get(nonce);
    if (state === undefined) return AUTH_FAILURES.stale;
    if (state === 'used') return AUTH_FAILURES.replayed;
    const text = signedCallText({
      method: 'POST',
      path: '/api/requests',
      nonce,
      deviceId: headers.get(DEVICE_HEADER) ?? '',
      bodyDigest: await bodyDigest(plain),
    });
    const good = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      devicePublicKey,
      fromBase64url(headers.get(SIGNATURE_HEADER) ?? ''),
      new TextEncoder().encode(text),
    );
    if (!good) return AUTH_FAILURES.badSignature;
    nonces.set(nonce, 'used');
    return null;
  }
  return hub;
}
export type ScriptedHub = ReturnType<typeof scriptedHub>;

/** The hub's side of Content-Encoding: gzip (@fastify/compress inflates before the signature is checked). */
export async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  const parts: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) parts.push(read.value);
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

let stores = 0;

/** The sender's world over `db` and a scripted hub, with a clock the test moves and a lock of its own. */
export function testWorld(db: BalcaoDb, hub: ScriptedHub, clock: { now: number }, changes: Partial<DrainWorld> = {}) {
  stores += 1;
  const events: OutboxEvent[] = [];
  const logs: string[] = [];
  let lastContactAt: number | null = null;
  const world: DrainWorld = {
    db,
    fetch: hub.fetch,
    now: () => clock.now,
    lock: memoryLock(),
    random: () => 0.5,
    report: (event) => events.push(event),
    lastContact: {
      get: async () => lastContactAt,
      set: async (at) => {
        lastContactAt = at;
      },
    },
    log: (message) => logs.push(message),
    budget: new LinkBudget(),
    settings: createStore(`outbox-settings-${process.pid}-${stores}`, 'keyval'),
    markers: createStore(`outbox-markers-${process.pid}-${stores}`, 'marker'),
    ...changes,
  };
  return { world, events, logs };
}

/** A fresh device with `n` queued requests, a receipt key, a scripted hub and a world. */
export async function outboxWithRequests(db: BalcaoDb, n: number, photos = 0) {
  const signer = await receiptSigner();
  const publicKey = await enrollDevice(db, [signer.key]);
  const rows = await queueRequests(db, n, photos);
  const clock = { now: 1_900_000_000_000 };
  const hub = scriptedHub(publicKey, signer, clock);
  return { signer, rows, clock, hub, ...testWorld(db, hub, clock) };
}

export async function row(db: BalcaoDb, id: string | undefined): Promise<OutboxRecord> {
  const found = id === undefined ? undefined : await db.outbox.get(id);
  if (!found) throw new Error(`no outbox row ${id}`);
  return found;
}
