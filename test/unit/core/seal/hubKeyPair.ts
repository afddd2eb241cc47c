import type { HubPublicKey } from '../../../../src/core/seal/HubPublicKey.ts';

/** A hub sealing key pair made the way the hub makes one (ECDH P-256), its private half non-extractable. */
export async function hubKeyPair(kid = 'test-key'): Promise<{ publicKey: HubPublicKey; privateKey: CryptoKey }> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const privateKey = await crypto.subtle.importKey('jwk', privateJwk, { name: 'ECDH', namedCurve: 'P-256' }, false, [
    'deriveBits',
  ]);
  return { publicKey: { kid, jwk }, privateKey };
}
