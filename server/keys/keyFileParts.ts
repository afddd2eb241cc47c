import type { webcrypto } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** The kid a key folder's `current` file names, or undefined when it has none (yet). */
export async function readCurrentKid(file: string): Promise<string | undefined> {
  try {
    const kid = (await readFile(file, 'utf8')).trim();
    return kid === '' ? undefined : kid;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** What a key of the hub is for: sealing (ECDH, opens requests) or receipts (ECDSA, signs them). */
const USES = {
  'hub key': { algorithm: { name: 'ECDH', namedCurve: 'P-256' }, usages: ['deriveBits'] },
  'receipt key': { algorithm: { name: 'ECDSA', namedCurve: 'P-256' }, usages: ['sign'] },
} as const;

/**
 * A private EC P-256 key file of the hub, checked (JSON, the curve, every member, the kid it is named
 * for) and imported non-extractable for its one use, with its public half for devices.
 */
export async function importPrivateKeyFile(
  file: string,
  kid: string,
  text: string,
  kind: keyof typeof USES,
): Promise<{ publicKey: { kid: string; jwk: webcrypto.JsonWebKey }; privateKey: webcrypto.CryptoKey }> {
  let jwk: webcrypto.JsonWebKey & { kid?: unknown };
  try {
    jwk = JSON.parse(text);
  } catch {
    throw new Error(`the ${kind} file ${file} is not JSON`);
  }
  const { kty, crv, x, y, d } = jwk;
  if (kty !== 'EC' || crv !== 'P-256' || !x || !y || !d || jwk.kid !== kid) {
    throw new Error(`the ${kind} file ${file} does not hold the private EC P-256 key ${kid}`);
  }
  const { algorithm, usages } = USES[kind];
  const privateKey = await crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, algorithm, false, [...usages]);
  return { publicKey: { kid, jwk: { kty, crv, x, y } }, privateKey };
}
