import type { webcrypto } from 'node:crypto';
import { fromBase64url } from '../../src/core/deviceAuth/signedCall.ts';

const P1363_P256_BYTES = 64;

/**
 * Whether `signature` (base64url) is the device key's ECDSA P-256 SHA-256 signature of `text`, in the
 * IEEE P1363 form (r ‖ s, 64 bytes) that WebCrypto's `sign` gives, not DER.
 */
export async function verifyDeviceSignature(
  key: webcrypto.CryptoKey,
  signature: string,
  text: string,
): Promise<boolean> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64url(signature);
  } catch {
    return false;
  }
  if (bytes.length !== P1363_P256_BYTES) return false;
  return crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, bytes, new TextEncoder().encode(text));
}
