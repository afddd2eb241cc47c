import { describe, expect, it } from 'vitest';
import { type Receipt, ReceiptInvalid, signReceipt, verifyReceipt } from '../../../../src/core/sync/receipt.ts';

async function receiptKey(kid: string) {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  return { kid, privateKey: pair.privateKey, jwk: await crypto.subtle.exportKey('jwk', pair.publicKey) };
}

const RECEIPT: Receipt = {
  requestId: '3f0c2a9e-5b7d-4c1e-8a6f-0d9e8c7b6a54',
  digest: 'n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg',
  deviceId: 'device-1',
  hubRef: 'H-2026-000123',
  receivedAt: 1_796_000_000_000,
};
const EXPECTED = { requestId: RECEIPT.requestId, digest: RECEIPT.digest, deviceId: RECEIPT.deviceId };

describe('the hub’s signed receipt', () => {
  it('verifies with the hub’s key and says what was received', async () => {
    const key = await receiptKey('r1');
    const jws = await signReceipt(RECEIPT, key.privateKey, key.kid);
    expect(await verifyReceipt(jws, [key], EXPECTED)).toEqual(RECEIPT);
  });

  it('is refused when forged, changed, unsigned, or for another request, content or device', async () => {
    const key = await receiptKey('r1');
    const forger = await receiptKey('r1');
    const jws = await signReceipt(RECEIPT, key.privateKey, key.kid);
    const refused = (promise: Promise<unknown>) => expect(promise).rejects.toBeInstanceOf(ReceiptInvalid);
    await refused(verifyReceipt(await signReceipt(RECEIPT, forger.privateKey, 'r1'), [key], EXPECTED));
    const [header, , signature] = jws.split('.');
    const other = Buffer.from(JSON.stringify({ ...RECEIPT, hubRef: 'H-9' })).toString('base64url');
    await refused(verifyReceipt(`${header}.${other}.${signature}`, [key], EXPECTED));
    await refused(verifyReceipt('<html>Wi-Fi do lar: aceite os termos</html>', [key], EXPECTED));
    await refused(verifyReceipt({ ok: true }, [key], EXPECTED));
    await refused(verifyReceipt(jws, [], EXPECTED));
    await refused(verifyReceipt(jws, [key], { ...EXPECTED, requestId: 'another' }));
    await refused(verifyReceipt(jws, [key], { ...EXPECTED, digest: 'another' }));
    await refused(verifyReceipt(jws, [key], { ...EXPECTED, deviceId: 'another' }));
  });
});
