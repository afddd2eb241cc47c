import type { webcrypto } from 'node:crypto';

const COORDINATE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The public signing key a device sent, reduced to the members that make it (kty, crv, x, y), or what
 * is wrong with it. A key with its private part (`d`) is refused, not trimmed: a device that sends it
 * has a bug that leaked its secret, and the mediator should hear so rather than have it go unnoticed.
 */
export function devicePublicJwk(value: unknown): { jwk: webcrypto.JsonWebKey } | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: 'publicKey must be a JWK object' };
  }
  const jwk = value as Record<string, unknown>;
  if ('d' in jwk) return { problem: 'publicKey holds a private key (d): send only the public key' };
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256')
    return { problem: 'publicKey must be an EC P-256 key (kty EC, crv P-256)' };
  const { x, y } = jwk;
  if (typeof x !== 'string' || typeof y !== 'string' || !COORDINATE.test(x) || !COORDINATE.test(y)) {
    return { problem: 'publicKey must have x and y, 32 bytes each in base64url' };
  }
  return { jwk: { kty: 'EC', crv: 'P-256', x, y } };
}
