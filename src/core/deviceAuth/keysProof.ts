// The hub's word for what it tells a device in its profile: one compact JWS (ES256) a receipt key the
// hub keeps, each over the same text — the device, its spot (services and lock settings), its sealing
// keys and the current one, its receipt keys. A device that already holds a receipt key takes a profile
// only when one of these proofs verifies with a key it holds; otherwise anything on the van's network (a
// man in the middle of plain HTTP) could hand it a sealing key of its own, and read the citizens'
// requests, a receipt key of its own, and forge the receipts that purge the outbox, or a looser lock.
// The first profile, at enrollment, is taken on the one-time code's word. Its own `typ`, so a receipt or
// a revocation proof is never read as one.
import { CompactSign, compactVerify } from 'jose';
import type { HubPublicKey } from '../seal/HubPublicKey.ts';
import { importReceiptKey } from '../sync/importReceiptKey.ts';
import type { ReceiptKey } from '../sync/receipt.ts';

export const KEYS_TYP = 'balcao-keys-v1';

/** A spot as the profile gives it (server/spots/Spot.ts, src/db/device/deviceProfile.ts). */
interface ProfileSpot {
  id: string;
  name: string;
  kind: string;
  municipality: string;
  serviceIds: readonly string[] | null;
  lock: { idleLockSeconds: number; hiddenLockSeconds: number; allowPin: boolean };
}

export interface DeviceKeys {
  deviceId: string;
  spot: ProfileSpot;
  hubKeys: readonly HubPublicKey[];
  currentKid: string;
  receiptKeys: readonly ReceiptKey[];
}

/** Why a profile's keys were not taken: the device keeps the keys it had. */
export class KeysProofInvalid extends Error {
  override name = 'KeysProofInvalid';
}

/**
 * The text both sides sign and check: the members they both know, picked by name in a fixed order (the
 * device's parsing drops members it does not know), the keys' public parts only.
 */
export function keysText(keys: DeviceKeys): string {
  const { spot } = keys;
  const { idleLockSeconds, hiddenLockSeconds, allowPin } = spot.lock;
  const publicPart = ({ kid, jwk }: { kid: string; jwk: JsonWebKey }) => ({
    kid,
    jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y },
  });
  return JSON.stringify({
    deviceId: keys.deviceId,
    spot: {
      id: spot.id,
      name: spot.name,
      kind: spot.kind,
      municipality: spot.municipality,
      serviceIds: spot.serviceIds,
      lock: { idleLockSeconds, hiddenLockSeconds, allowPin },
    },
    currentKid: keys.currentKid,
    hubKeys: keys.hubKeys.map(publicPart),
    receiptKeys: keys.receiptKeys.map(publicPart),
  });
}

/** One proof per signing key: the device verifies whichever it holds the public half of. */
export function signKeys(
  keys: DeviceKeys,
  signers: readonly { kid: string; privateKey: CryptoKey }[],
): Promise<string[]> {
  const text = new TextEncoder().encode(keysText(keys));
  return Promise.all(
    signers.map(({ kid, privateKey }) =>
      new CompactSign(text).setProtectedHeader({ alg: 'ES256', typ: KEYS_TYP, kid }).sign(privateKey),
    ),
  );
}

/**
 * Answers once one of `proofs` is signed by one of `trusted` over exactly these keys; throws
 * KeysProofInvalid otherwise.
 */
export async function verifyKeys(
  proofs: readonly unknown[],
  keys: DeviceKeys,
  trusted: readonly ReceiptKey[],
): Promise<void> {
  const expected = keysText(keys);
  for (const jws of proofs) {
    if (typeof jws !== 'string' || jws.split('.').length !== 3) continue;
    try {
      const { payload } = await compactVerify(jws, async (header) => {
        const key = trusted.find((k) => k.kid === header.kid);
        if (header.typ !== KEYS_TYP || header.alg !== 'ES256' || !key) throw new KeysProofInvalid('not for us');
        return importReceiptKey(key);
      });
      if (new TextDecoder().decode(payload) === expected) return;
    } catch {
      // Another proof may be signed by a key this device holds.
    }
  }
  throw new KeysProofInvalid(
    proofs.length === 0
      ? 'the profile carries no proof of its keys'
      : 'no proof of the profile’s keys is signed by a receipt key this device holds',
  );
}
