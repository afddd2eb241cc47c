import { randomBytes } from 'node:crypto';
import { base64url, NONCE_TTL_MS } from '../../src/core/deviceAuth/signedCall.ts';
import type { ApiParts } from './ApiParts.ts';

const NONCE_BYTES = 24;

/**
 * A one-time value for a device's next signed call, kept in the store until it is used or NONCE_TTL_MS
 * have passed by the hub's clock: what `GET /api/nonce` answers, and what a delivery answer carries as
 * its `nextNonce`.
 */
export async function issueNonce({ store, now }: Pick<ApiParts, 'store' | 'now'>): Promise<{
  nonce: string;
  expiresAt: Date;
}> {
  const nonce = base64url(randomBytes(NONCE_BYTES));
  const at = now();
  const expiresAt = new Date(at.getTime() + NONCE_TTL_MS);
  await store.addNonce(nonce, expiresAt, at);
  return { nonce, expiresAt };
}
