import { mkdir } from 'node:fs/promises';
import { calculateJwkThumbprint } from 'jose';
import { keyFiles } from './keyFiles.ts';
import { writeFileDurably } from './writeFileDurably.ts';

/**
 * Makes a new ECDH P-256 key pair and writes its private JWK, readable by the hub's user only, to the
 * key folder. The kid is the key's RFC 7638 thumbprint: it names the key by its content, so a kid can
 * never come to mean another key. The key is not made current here.
 */
export async function createHubKey(dir: string): Promise<string> {
  await ensureKeyFolder(dir);
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const { kty, crv, x, y, d } = await crypto.subtle.exportKey('jwk', pair.privateKey);
  if (kty === undefined || crv === undefined || x === undefined || y === undefined || d === undefined) {
    throw new Error('WebCrypto exported an incomplete EC key');
  }
  const kid = await calculateJwkThumbprint({ kty, crv, x, y }, 'sha256');
  const jwk = { kty, crv, x, y, d, kid, alg: 'ECDH-ES', use: 'enc' };
  await writeFileDurably(keyFiles.key(dir, kid), `${JSON.stringify(jwk)}\n`, { mode: 0o600 });
  return kid;
}

async function ensureKeyFolder(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
}
