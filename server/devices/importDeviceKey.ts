import type { webcrypto } from 'node:crypto';

/** A device's public JWK as a WebCrypto key that verifies its ECDSA P-256 signatures; rejects a point off the curve. */
export function importDeviceKey(jwk: webcrypto.JsonWebKey): Promise<webcrypto.CryptoKey> {
  return crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
}
