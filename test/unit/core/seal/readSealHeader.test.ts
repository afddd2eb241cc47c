import { describe, expect, it } from 'vitest';
import { readSealHeader, readSealHeaderFields } from '../../../../src/core/seal/readSealHeader.ts';
import { SealError } from '../../../../src/core/seal/SealError.ts';
import { sealRequest } from '../../../../src/core/seal/sealRequest.ts';
import { hubKeyPair } from './hubKeyPair.ts';
import { samplePayload } from './samplePayload.ts';

describe('readSealHeaderFields', () => {
  it('reads the kid and the request binding from the header without opening the seal', async () => {
    const payload = samplePayload();
    const jwe = await sealRequest(payload, (await hubKeyPair('hub-1')).publicKey);
    const { kid, fields } = readSealHeaderFields(jwe);
    expect(kid).toBe('hub-1');
    expect(readSealHeader(jwe)).toBe('hub-1');
    expect(fields).toMatchObject({
      'balcao-request': payload.requestId,
      'balcao-device': payload.deviceId,
      typ: 'balcao-sealed-v1',
    });
  });

  it('refuses what is not a sealed payload as readSealHeader does', () => {
    for (const text of ['', 'a.b.c.d.e', 'e30.x.y.z.w']) {
      expect(() => readSealHeaderFields(text)).toThrow(SealError);
      expect(() => readSealHeader(text)).toThrow(SealError);
    }
  });
});
