import type { FastifyInstance } from 'fastify';
import type { ApiParts } from './ApiParts.ts';
import { issueNonce } from './issueNonce.ts';

/**
 * `GET /api/nonce`, unsigned: a one-time value for the device's next signed call, usable for
 * NONCE_TTL_MS by the hub's clock. The device never compares `expiresAt` with its own clock (a van's
 * laptop can be hours off); it fetches a nonce right before a call (or takes the `nextNonce` of the
 * delivery answer just before it, deliveryProtocol.ts), and a new one on `auth-stale`.
 */
export function nonceRoute(parts: ApiParts) {
  return (api: FastifyInstance): void => {
    api.get('/nonce', async () => {
      const { nonce, expiresAt } = await issueNonce(parts);
      return { nonce, expiresAt: expiresAt.toISOString() };
    });
  };
}
