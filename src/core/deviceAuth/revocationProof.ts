// The hub's word that a device is revoked: a compact JWS (ES256) over the device id, the nonce of the
// call it refused and when the device was revoked, signed with the hub's receipt key. Without it,
// anything that can answer on the van's network (a captive portal, a man in the middle of plain HTTP)
// could answer `401 auth-revoked` and make the laptop wipe itself, and with it the outbox of completed
// requests not yet delivered. The nonce is the one the device sent with that very call, so a proof
// taken from an earlier answer does not vouch for this one. Its own `typ`, so a receipt, signed with
// the same key, is never read as a revocation, nor this as a receipt.
import { CompactSign, compactVerify } from 'jose';
import { importReceiptKey } from '../sync/importReceiptKey.ts';
import type { ReceiptKey } from '../sync/receipt.ts';

export const REVOCATION_TYP = 'balcao-revoked-v1';

export interface RevocationProof {
  deviceId: string;
  /** The nonce of the refused call, as the device sent it. */
  nonce: string;
  /** When a coordinator revoked the device, ISO 8601, by the hub's clock. */
  revokedAt: string;
}

/** Why a revoked answer proves nothing: the device is not wiped on its word. */
export class RevocationProofInvalid extends Error {
  override name = 'RevocationProofInvalid';
}

export async function signRevocationProof(proof: RevocationProof, privateKey: CryptoKey, kid: string): Promise<string> {
  const { deviceId, nonce, revokedAt } = proof;
  return new CompactSign(new TextEncoder().encode(JSON.stringify({ deviceId, nonce, revokedAt })))
    .setProtectedHeader({ alg: 'ES256', typ: REVOCATION_TYP, kid })
    .sign(privateKey);
}

/**
 * The proof, once its signature verifies with one of `keys` and it names this device and the nonce of
 * this call. Throws RevocationProofInvalid otherwise, saying which of these failed.
 */
export async function verifyRevocationProof(
  jws: unknown,
  keys: readonly ReceiptKey[],
  expected: { deviceId: string; nonce: string },
): Promise<RevocationProof> {
  if (typeof jws !== 'string' || jws.split('.').length !== 3) {
    throw new RevocationProofInvalid('no proof, or not a compact JWS');
  }
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jws, async (header) => {
      if (header.typ !== REVOCATION_TYP || header.alg !== 'ES256') {
        throw new RevocationProofInvalid('not a Balcão revocation proof');
      }
      const key = keys.find((k) => k.kid === header.kid);
      if (!key) {
        throw new RevocationProofInvalid(`signed with key ${String(header.kid)}, which this device does not know`);
      }
      return importReceiptKey(key);
    }));
  } catch (error) {
    if (error instanceof RevocationProofInvalid) throw error;
    throw new RevocationProofInvalid('the proof’s signature does not verify');
  }
  let proof: Partial<Record<keyof RevocationProof, unknown>>;
  try {
    proof = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch {
    throw new RevocationProofInvalid('the proof is not JSON');
  }
  if (typeof proof !== 'object' || proof === null) throw new RevocationProofInvalid('the proof is not an object');
  if (proof.deviceId !== expected.deviceId) {
    throw new RevocationProofInvalid(`the proof is for device ${String(proof.deviceId)}, not this one`);
  }
  if (proof.nonce !== expected.nonce) throw new RevocationProofInvalid('the proof is for another call (its nonce)');
  if (typeof proof.revokedAt !== 'string' || proof.revokedAt === '') {
    throw new RevocationProofInvalid('the proof does not say when the device was revoked');
  }
  return { deviceId: proof.deviceId, nonce: proof.nonce, revokedAt: proof.revokedAt };
}
