// A device delivering completed requests to an in-process hub, as the app's sender does: requests
// built from the seed's own form (carta-revalidacao), sealed with `sealRequest` to the hub key of the
// profile the hub gave at enrollment, posted in batches by a signed call (gzip or not).

import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { importCatalog } from '../../../server/catalog/importCatalog.ts';
import { openSqliteStore } from '../../../server/store/sqlite/openSqliteStore.ts';
import { localReference } from '../../../src/core/attendance/localReference.ts';
import type { RequestPayload } from '../../../src/core/attendance/RequestPayload.ts';
import { ageOnDay, requestFee } from '../../../src/core/attendance/requestFee.ts';
import type { Service } from '../../../src/core/catalog/catalogSchema.ts';
import type { DeviceKeys } from '../../../src/core/deviceAuth/keysProof.ts';
import {
  bodyDigest,
  DEVICE_HEADER,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  signedCallText,
} from '../../../src/core/deviceAuth/signedCall.ts';
import type { HubPublicKey } from '../../../src/core/seal/HubPublicKey.ts';
import { sealRequest } from '../../../src/core/seal/sealRequest.ts';
import {
  DELIVERY_PATH,
  type DeliveryAnswer,
  type DeliveryBatch,
  type DeliveryItem,
} from '../../../src/core/sync/deliveryProtocol.ts';
import type { ReceiptKey } from '../../../src/core/sync/receipt.ts';
import {
  type Answer,
  enrollDevice,
  fetchNonce,
  injectTransport,
  type Sent,
  sign,
  type TestDevice,
  type Transport,
} from '../deviceKit.ts';
import { openTestHub, TEST_SPOT, type TestHub } from '../openTestHub.ts';
import { tempDir } from '../tempDir.ts';
import { SEED_CATALOG_FILE } from './requestCatalog.ts';

export const SERVICE_ID = 'carta-revalidacao';

export interface Profile {
  deviceId: string;
  spot: DeviceKeys['spot'];
  hubKeys: HubPublicKey[];
  currentKid: string;
  receiptKeys: ReceiptKey[];
  keysProof: string[];
}

export interface DeliveryHub {
  hub: TestHub;
  send: Transport;
  device: TestDevice;
  profile: Profile;
  /** The hub's current sealing key, from the enrollment profile. */
  hubKey: HubPublicKey;
  /** The seed's carta-revalidacao, as the hub has it. */
  service: Service;
}

/** A hub over a real SQLite file with the seed catalog (its carta-revalidacao form), and one device enrolled. */
export async function openDeliveryHub(options: { dataDir?: string } = {}): Promise<DeliveryHub> {
  const dataDir = options.dataDir ?? tempDir('balcao-intake-');
  if (options.dataDir === undefined) {
    const store = openSqliteStore(dataDir);
    try {
      const imported = await importCatalog(store, readFileSync(SEED_CATALOG_FILE, 'utf8'), 'seed');
      if (!imported.ok) throw new Error(`the seed does not import: ${JSON.stringify(imported.problems[0])}`);
    } finally {
      await store.close();
    }
  }
  const hub = await openTestHub({ dataDir });
  const send = injectTransport(hub.app);
  const device = await enrollDevice(send, await hub.code(), 'Carrinha 1');
  const profile = device.profile as unknown as Profile;
  const hubKey = profile.hubKeys.find((key) => key.kid === profile.currentKid);
  if (!hubKey) throw new Error('the profile has no current sealing key');
  const service = await hub.store.service(SERVICE_ID);
  if (!service) throw new Error(`the seed has no ${SERVICE_ID}`);
  return { hub, send, device, profile, hubKey, service };
}

/** Another device enrolled at the same hub. */
export async function anotherDevice({ hub, send }: DeliveryHub): Promise<TestDevice> {
  return enrollDevice(send, await hub.code(), 'Carrinha 2');
}

/**
 * A revalidation the app completes on the hub's device for a 72-year-old (the reduced fee): every
 * answer the seed form asks, in the form the app keeps them, and the fee the catalog gives.
 */
export function licencePayload(
  { service, device }: Pick<DeliveryHub, 'service' | 'device'>,
  overrides: Partial<RequestPayload> = {},
): RequestPayload {
  const requestId = overrides.requestId ?? randomUUID();
  const day = '2026-03-02';
  const birthDate = '1953-06-14';
  const fee = requestFee(service, { variant: null, exemptionId: null, age: ageOnDay(birthDate, day) }).fee;
  if (!fee) throw new Error('the seed has no fee for this revalidation');
  return {
    v: 1,
    requestId,
    localRef: localReference(requestId),
    deviceId: device.deviceId,
    spotId: TEST_SPOT.id,
    mediatorId: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
    serviceId: SERVICE_ID,
    form: { id: 'carta-revalidacao', version: 1 },
    priority: null,
    answers: {
      'full-name': 'Maria do Céu Canário',
      nif: '123456789',
      'birth-date': birthDate,
      'licence-number': 'L-123456 7',
      'medical-certificate': true,
      address: 'Rua da Sé, 12, 1.º esq.',
      'postal-code': '6000-123',
      locality: 'Castelo Branco',
    },
    identity: { document: 'citizen-card', last4: '0ZZ4' },
    fee,
    payment: { method: 'card-terminal' },
    brought: ['cartao-cidadao', 'carta-conducao'],
    replaces: null,
    attachments: [],
    contentKey: 'k'.repeat(43),
    consentAt: 1_772_442_000_000,
    startedAt: 1_772_441_400_000,
    completedAt: 1_772_442_010_000,
    day,
    ...overrides,
  };
}

/** SHA-256 of the sealed string's UTF-8, base64url, as the device computes it at completion. */
export function digestOf(sealed: string): string {
  return createHash('sha256').update(sealed, 'utf8').digest('base64url');
}

/** The batch item of a sealed request. */
export function itemOf(sealed: string, id: string, attachmentIds: string[] = []): DeliveryItem {
  return { id, digest: digestOf(sealed), sealed, attachmentIds };
}

/** A request sealed as the app seals it, ready to post. */
export async function sealedItem(
  payload: RequestPayload,
  hubKey: HubPublicKey,
  attachmentIds: string[] = [],
): Promise<DeliveryItem> {
  return itemOf(await sealRequest(payload, hubKey), payload.requestId, attachmentIds);
}

/** `sealed` with one character of its ciphertext changed (another valid base64url character). */
export function oneByteChanged(sealed: string): string {
  const parts = sealed.split('.');
  const ciphertext = parts[3] ?? '';
  const at = Math.floor(ciphertext.length / 2);
  parts[3] = `${ciphertext.slice(0, at)}${ciphertext[at] === 'A' ? 'B' : 'A'}${ciphertext.slice(at + 1)}`;
  return parts.join('.');
}

export interface PostOptions {
  /** Send the body gzip-compressed (signed over the JSON, as the contract says). */
  gzip?: boolean;
  /** The exact bytes to send instead of the JSON (or its gzip). */
  sendBytes?: Uint8Array;
  /** The text the signature's body digest is over, instead of the JSON. */
  signedBody?: string | Uint8Array<ArrayBuffer>;
  contentEncoding?: string;
  nonce?: string;
  signWith?: CryptoKey;
}

/** One signed POST of `batch` (or of any JSON text) to DELIVERY_PATH, made as the app's sender makes it. */
export async function postBatch(
  send: Transport,
  device: TestDevice,
  batch: DeliveryBatch | string,
  options: PostOptions = {},
): Promise<Answer> {
  const json = typeof batch === 'string' ? batch : JSON.stringify(batch);
  const nonce = options.nonce ?? (await fetchNonce(send));
  const text = signedCallText({
    method: 'POST',
    path: DELIVERY_PATH,
    nonce,
    deviceId: device.deviceId,
    bodyDigest: await bodyDigest(options.signedBody ?? json),
  });
  const headers: Record<string, string> = {
    [DEVICE_HEADER]: device.deviceId,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: await sign(options.signWith ?? device.keys.privateKey, text),
    'content-type': 'application/json',
  };
  const encoding = options.contentEncoding ?? (options.gzip ? 'gzip' : undefined);
  if (encoding !== undefined) headers['content-encoding'] = encoding;
  const bytes = options.sendBytes ?? (options.gzip ? gzipSync(json) : undefined);
  const request: Sent = {
    method: 'POST',
    url: DELIVERY_PATH,
    headers,
    body: bytes === undefined ? json : new Uint8Array(bytes),
  };
  return send(request);
}

export const batchOf = (requests: DeliveryItem[]): DeliveryBatch => ({ v: 1, requests });

export const answerOf = (res: Answer) => res.json() as DeliveryAnswer & { error?: { code: string } };

export interface RequestRowOnDisk {
  id: string;
  device_id: string;
  spot_id: string;
  service_id: string;
  form_id: string;
  form_version: number;
  digest: string;
  sealed: string;
  hub_ref: string;
  received_at: string;
  receipt: string | null;
}

/** The hub's `requests` table as it is on disk, read through a connection of its own. */
export function requestRowsOnDisk(dataDir: string): RequestRowOnDisk[] {
  const db = new Database(join(dataDir, 'balcao.sqlite'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT id, device_id, spot_id, service_id, form_id, form_version, digest, sealed, hub_ref, received_at,
           receipt FROM requests ORDER BY hub_ref`,
      )
      .all() as RequestRowOnDisk[];
  } finally {
    db.close();
  }
}
