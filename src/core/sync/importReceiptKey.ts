import type { JWK } from 'jose';
import type { ReceiptKey } from './receipt.ts';

/**
 * The public half of one of the hub's receipt keys, for WebCrypto to verify what the hub signs with it
 * (receipts, revocation proofs, the keys of a profile, catalog answers). Only the members that make the
 * key are read, whatever else the stored JWK carries.
 */
export function importReceiptKey(key: ReceiptKey): Promise<CryptoKey> {
  const { kty, crv, x, y } = key.jwk;
  return crypto.subtle.importKey('jwk', { kty, crv, x, y } as JWK, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'verify',
  ]);
}
