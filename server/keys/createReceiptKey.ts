import { mkdir } from 'node:fs/promises';
import { calculateJwkThumbprint } from 'jose';
import { receiptKeyFiles } from './receiptKeyFiles.ts';
import { writeFileDurably } from './writeFileDurably.ts';

/**
 * Makes a new ECDSA P-256 key pair and writes its private JWK, readable by the hub's user only, to the
 * receipt keys' folder. The kid is the key's RFC 7638 thumbprint, as for the sealing keys: a kid a
 * device holds can never come to name another key. The key is not made current here.
 */
export async function createReceiptKey(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const { kty, crv, x, y, d } = await crypto.subtle.exportKey('jwk', pair.privateKey);
  if (kty === undefined || crv === undefined || x === undefined || y === undefined || d === undefined) {
    throw new Error('WebCrypto exported an incomplete EC key');
  }
  const kid = await calculateJwkThumbprint({ kty, crv, x, y }, 'sha256');
  const jwk = { kty, crv, x, y, d, kid, alg: 'ES256', use: 'sig' };
  await writeFileDurably(receiptKeyFiles.key(dir, kid), `${JSON.stringify(jwk)}\n`, { mode: 0o600 });
  return kid;
}
