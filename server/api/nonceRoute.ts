import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { base64url, NONCE_TTL_MS } from '../../src/core/deviceAuth/signedCall.ts';
import type { ApiParts } from './ApiParts.ts';

const NONCE_BYTES = 24;

/**
 * `GET /api/nonce`, unsigned: a one-time value for the device's next signed call, usable for
 * NONCE_TTL_MS by the hub's clock. The device never compares `expiresAt` with its own clock (a van's
 * laptop can be hours off); it fetches a nonce right before each call, and a new one on `auth-stale`.
 */
export function nonceRoute({ store, now }: ApiParts) {
  return (api: FastifyInstance): void => {
    api.get('/nonce', async () => {
      const nonce = base64url(randomBytes(NONCE_BYTES));
      const at = now();
      const expiresAt = new Date(at.getTime() + NONCE_TTL_MS);
      await store.addNonce(nonce, expiresAt, at);
      return { nonce, expiresAt: expiresAt.toISOString() };
    });
  };
}
