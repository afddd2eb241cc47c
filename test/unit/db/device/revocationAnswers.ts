// The `401 auth-revoked` answers a device may meet, for the tests of every call that can meet one
// (signedFetch, the sender's batch, the upload stack): the hub's, with its proof for that very call,
// and those that prove nothing: a forger's, the hub's own proof replayed from another device or another
// call, and the words alone, which any captive portal can send.
import { signRevocationProof } from '../../../../src/core/deviceAuth/revocationProof.ts';
import { AUTH_FAILURES } from '../../../../src/core/deviceAuth/signedCall.ts';
import type { ReceiptKey } from '../../../../src/core/sync/receipt.ts';

/** The hub's proof that `deviceId` is revoked, for the call signed with `nonce`. */
export type Prove = (deviceId: string, nonce: string) => Promise<string>;

/** What a revoked answer is made for: the device's id and the nonce its call was signed with. */
export interface RefusedCall {
  deviceId: string;
  nonce: string;
}

/** A receipt key of a hub, its public half as devices hold it, and the proofs it signs. */
export async function revocationSigner(kid: string): Promise<{ key: ReceiptKey; prove: Prove }> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const key: ReceiptKey = { kid, jwk: await crypto.subtle.exportKey('jwk', pair.publicKey) };
  return {
    key,
    prove: (deviceId, nonce) =>
      signRevocationProof({ deviceId, nonce, revokedAt: '2026-03-02T10:00:00.000Z' }, pair.privateKey, kid),
  };
}

/** A 401 `auth-revoked` as the hub words it, with `proof` when there is one. */
export function revokedAnswer(proof?: string): Response {
  return Response.json(
    {
      error: { code: AUTH_FAILURES.revoked, message: 'device was revoked' },
      ...(proof === undefined ? {} : { proof }),
    },
    { status: 401, headers: { 'www-authenticate': 'Balcao-Signature' } },
  );
}

/**
 * The revoked answers that must wipe nothing, each made for the call it answers: `prove` signs as the
 * hub, whose key (id `kid`) the device holds.
 */
export function unprovenRevocations(prove: Prove, kid: string): [string, (call: RefusedCall) => Promise<Response>][] {
  return [
    [
      'a proof forged with another key under the hub’s key id',
      async ({ deviceId, nonce }) => revokedAnswer(await (await revocationSigner(kid)).prove(deviceId, nonce)),
    ],
    [
      'the hub’s proof for another device',
      async ({ nonce }) => revokedAnswer(await prove('0b0e5c1a-another-device', nonce)),
    ],
    [
      'the hub’s proof for another call (an older nonce)',
      async ({ deviceId }) => revokedAnswer(await prove(deviceId, 'an-older-call-nonce-0001')),
    ],
    ['the words alone, from a captive portal', async () => revokedAnswer()],
  ];
}
