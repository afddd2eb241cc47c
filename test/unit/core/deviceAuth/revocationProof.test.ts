import { describe, expect, it } from 'vitest';
import {
  type RevocationProof,
  RevocationProofInvalid,
  signRevocationProof,
  verifyRevocationProof,
} from '../../../../src/core/deviceAuth/revocationProof.ts';
import { signReceipt } from '../../../../src/core/sync/receipt.ts';

async function receiptKey(kid: string) {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  return { kid, privateKey: pair.privateKey, jwk: await crypto.subtle.exportKey('jwk', pair.publicKey) };
}

const PROOF: RevocationProof = {
  deviceId: '6c1f0e2a-4b3d-4e5f-8a7b-9c0d1e2f3a4b',
  nonce: 'n0nce-0f-th1s-very-call',
  revokedAt: '2026-03-02T10:00:00.000Z',
};
const EXPECTED = { deviceId: PROOF.deviceId, nonce: PROOF.nonce };

async function signForger(kid: string): Promise<string> {
  return signRevocationProof(PROOF, (await receiptKey(kid)).privateKey, kid);
}

describe('the hub’s signed revocation proof', () => {
  it('verifies with the hub’s receipt key and says which device, which call and since when', async () => {
    const key = await receiptKey('r1');
    const older = await receiptKey('r0');
    const jws = await signRevocationProof(PROOF, key.privateKey, key.kid);
    expect(await verifyRevocationProof(jws, [older, key], EXPECTED)).toEqual(PROOF);
  });

  type Key = Awaited<ReturnType<typeof receiptKey>>;
  const tamper = async (key: Key) => {
    const [header, , signature] = (await signRevocationProof(PROOF, key.privateKey, key.kid)).split('.');
    const other = Buffer.from(JSON.stringify({ ...PROOF, revokedAt: '2020-01-01T00:00:00.000Z' }));
    return `${header}.${other.toString('base64url')}.${signature}`;
  };
  it.each<[string, (key: Key) => Promise<unknown>]>([
    ['forged with another key under the same kid', async () => signForger('r1')],
    ['changed after signing', tamper],
    ['not a JWS at all (a portal’s page)', async () => '<html>Wi-Fi do lar: aceite os termos</html>'],
    ['absent', async () => undefined],
    ['signed with a key the device does not know', async () => signForger('r9')],
    [
      'a receipt, signed with the same key',
      (key) =>
        signReceipt(
          { requestId: PROOF.nonce, digest: 'd', deviceId: PROOF.deviceId, hubRef: 'H-1', receivedAt: 1 },
          key.privateKey,
          key.kid,
        ),
    ],
  ])('is refused when %s', async (_, make) => {
    const key = await receiptKey('r1');
    await expect(verifyRevocationProof(await make(key), [key], EXPECTED)).rejects.toBeInstanceOf(
      RevocationProofInvalid,
    );
  });

  it('is refused for another device, or for another call than the one it answers', async () => {
    const key = await receiptKey('r1');
    const jws = await signRevocationProof(PROOF, key.privateKey, key.kid);
    await expect(verifyRevocationProof(jws, [key], { ...EXPECTED, deviceId: 'another-device' })).rejects.toThrow(
      /for device .* not this one/,
    );
    await expect(verifyRevocationProof(jws, [key], { ...EXPECTED, nonce: 'a-later-call-nonce' })).rejects.toThrow(
      /another call/,
    );
  });
});
