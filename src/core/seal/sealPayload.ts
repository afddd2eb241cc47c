import { CompactEncrypt, type JWK } from 'jose';
import type { HubPublicKey } from './HubPublicKey.ts';
import { SEAL_HEADER } from './sealHeader.ts';

/**
 * Seals `payload` (as JSON) to one of the hub's public keys: a JWE in compact form, ECDH-ES with a
 * fresh ephemeral key per seal and A256GCM. Once sealed, only the hub can read it: the device that
 * sealed it keeps no key that opens it, so the outbox of a stolen laptop holds nothing readable.
 *
 * JWE over HPKE because `jose` is one audited dependency that runs on WebCrypto alone (window, service
 * worker, Node) and its compact form is a plain string that goes into IndexedDB and a JSON body as is.
 */
export async function sealPayload(
  payload: unknown,
  hubKey: HubPublicKey,
  /** Extra protected-header members (authenticated, readable before opening): what the seal is bound to. */
  binding: Readonly<Record<`balcao-${string}`, string>> = {},
): Promise<string> {
  const { kty, crv, x, y, d } = hubKey.jwk;
  if (kty !== 'EC' || crv !== 'P-256' || typeof x !== 'string' || typeof y !== 'string' || d !== undefined) {
    throw new TypeError(`hub key ${hubKey.kid} is not a public EC P-256 key`);
  }
  const text = JSON.stringify(payload);
  if (text === undefined) throw new TypeError('the payload has no JSON form');
  // Only the public members: a stray `key_ops` or `use` from an export would make the import refuse it.
  const key: JWK = { kty, crv, x, y };
  return new CompactEncrypt(new TextEncoder().encode(text))
    .setProtectedHeader({ ...binding, ...SEAL_HEADER, kid: hubKey.kid })
    .encrypt(key);
}
