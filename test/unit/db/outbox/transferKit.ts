// Two laptops of one spot for the outbox file's tests: device A (the outbox kit's DEVICE_ID, with real
// sealed requests and encrypted photos queued by completeRequest) and device B, each in its own
// fake-indexeddb database with its own signing key, both holding the hub's receipt key.
import type { ReceiptKey } from '../../../../src/core/sync/receipt.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { DEVICE_ROW_ID, type KnownDevice } from '../../../../src/db/device/deviceRecord.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { SPOT } from '../device/fakeHub.ts';
import { DEVICE_ID, queueRequests, receiptSigner } from './outboxKit.ts';

export const DEVICE_B = 'device-b-2c91';
export const PASSPHRASE = 'castanheiro no adro 1994';
type Spot = KnownDevice['spot'];

/** The outbox kit's spot, as a device keeps it. */
export const SPOT_A: Spot = { ...SPOT, serviceIds: [...SPOT.serviceIds], lock: { ...SPOT.lock } };
export const OTHER_SPOT: Spot = { ...SPOT_A, id: 'lisboa-arroios', name: 'Espaço Cidadão de Arroios' };

/** A device's identity row for `deviceId` at `spot`; answers the row and its public key. */
export async function enrollAs(
  db: BalcaoDb,
  deviceId: string,
  receiptKeys: ReceiptKey[],
  spot: Spot = SPOT_A,
): Promise<{ device: KnownDevice; publicKey: CryptoKey }> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const device: KnownDevice = {
    id: DEVICE_ROW_ID,
    deviceId,
    privateKey: pair.privateKey,
    publicJwk: await crypto.subtle.exportKey('jwk', pair.publicKey),
    spot: { ...spot, serviceIds: spot.serviceIds === null ? null : [...spot.serviceIds], lock: { ...spot.lock } },
    hubKeys: [],
    currentKid: 'hub-2026-1',
    enrolledAt: 1,
    profileUpdatedAt: 1,
    receiptKeys,
  };
  await db.device.put(device);
  return { device, publicKey: pair.publicKey };
}

const opened: BalcaoDb[] = [];

/** A database for the test, deleted by `dropDatabases`. */
export function database(): BalcaoDb {
  const db = freshDb();
  opened.push(db);
  return db;
}

export async function dropDatabases(): Promise<void> {
  for (const db of opened.splice(0)) await db.delete();
}

/** Device A with `n` requests queued, `photos` each; device B of the same spot, empty. */
export async function twoLaptops(n = 2, photos = 1, spotOfB: Spot = SPOT_A) {
  const signer = await receiptSigner();
  const a = database();
  const b = database();
  const deviceA = await enrollAs(a, DEVICE_ID, [signer.key]);
  const rows = await queueRequests(a, n, photos);
  const deviceB = await enrollAs(b, DEVICE_B, [signer.key], spotOfB);
  return { signer, a, b, rows, deviceA, deviceB };
}

/** `bytes` with the byte at `at` changed. */
export function withByteChanged(bytes: Uint8Array<ArrayBuffer>, at: number): Uint8Array<ArrayBuffer> {
  const changed = bytes.slice();
  changed[at] = (changed[at] ?? 0) ^ 0x01;
  return changed;
}
