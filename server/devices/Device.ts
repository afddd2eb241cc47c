import type { webcrypto } from 'node:crypto';

/** An enrolled device, as the hub keeps it. Times are ISO 8601 strings. */
export interface Device {
  /** A UUID the hub made at enrollment. */
  id: string;
  spotId: string;
  /** The public half of the device's ECDSA P-256 signing key (kty, crv, x, y only). */
  publicJwk: webcrypto.JsonWebKey;
  /** What the coordinator or the mediator called it ("portátil 2 da carrinha"), if anything. */
  label: string | null;
  enrolledAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
}
