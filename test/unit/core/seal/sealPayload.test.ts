import { describe, expect, it } from 'vitest';
import { openSealed } from '../../../../src/core/seal/openSealed.ts';
import { sealPayload } from '../../../../src/core/seal/sealPayload.ts';
import { CANARY_NAME, CANARY_NIF, includesBytes, utf16le } from '../../../kit/canary.ts';
import { hubKeyPair } from './hubKeyPair.ts';

const request = {
  citizen: { name: CANARY_NAME, nif: CANARY_NIF, address: 'Rua das Flores 12, 6000-123 Castelo Branco' },
  answers: { motivo: 'renovação', urgente: true },
};

function decodeBase64url(part: string): Uint8Array {
  return Uint8Array.from(atob(part.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));
}

describe('sealPayload', () => {
  it('seals a request that the hub key opens back to the same value', async () => {
    const { publicKey, privateKey } = await hubKeyPair('hub-1');
    const sealed = await sealPayload(request, publicKey);
    expect(sealed.split('.')).toHaveLength(5);
    expect(await openSealed(sealed, (kid) => (kid === 'hub-1' ? privateKey : undefined))).toEqual(request);
  });

  it('names the key and the format in the header, and nothing else a reader could use', async () => {
    const { publicKey } = await hubKeyPair('hub-1');
    const [header = ''] = (await sealPayload(request, publicKey)).split('.');
    const fields = JSON.parse(new TextDecoder().decode(decodeBase64url(header)));
    expect(fields).toEqual({
      alg: 'ECDH-ES',
      enc: 'A256GCM',
      zip: 'DEF',
      typ: 'balcao-sealed-v1',
      cty: 'json',
      kid: 'hub-1',
      epk: { kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String) },
    });
  });

  it('deflates the JSON before it encrypts it: a request seals smaller than its own text', async () => {
    const { publicKey, privateKey } = await hubKeyPair('hub-1');
    // A form's answers, as a request carries them: field names and Portuguese words repeat.
    const answers = Object.fromEntries(
      ['morada', 'localidade', 'codigo-postal', 'telefone', 'email', 'observacoes'].map((field, i) => [
        `${field}-${i}`,
        `${request.citizen.address} — resposta ao campo ${field} do formulário de revalidação`,
      ]),
    );
    const realistic = { ...request, answers };
    const sealed = await sealPayload(realistic, publicKey);
    const ciphertext = decodeBase64url(sealed.split('.')[3] ?? '');
    expect(ciphertext.byteLength).toBeLessThan(new TextEncoder().encode(JSON.stringify(realistic)).byteLength / 2);
    expect(await openSealed(sealed, () => privateKey)).toEqual(realistic);
  });

  it('leaves no readable trace of the citizen, in UTF-8 or UTF-16, in the string or in its decoded parts', async () => {
    const { publicKey } = await hubKeyPair();
    const sealed = await sealPayload(request, publicKey);
    const blobs = [new TextEncoder().encode(sealed), ...sealed.split('.').map(decodeBase64url)];
    for (const canary of [CANARY_NAME, CANARY_NIF, 'Canário', 'Canario']) {
      for (const needle of [new TextEncoder().encode(canary), utf16le(canary)]) {
        for (const blob of blobs) expect(includesBytes(blob, needle), canary).toBe(false);
      }
    }
    // The test can fail: the same search finds the canary in the plaintext.
    expect(includesBytes(new TextEncoder().encode(JSON.stringify(request)), new TextEncoder().encode(CANARY_NIF))).toBe(
      true,
    );
  });

  it('seals the same payload differently every time (a fresh ephemeral key and iv)', async () => {
    const { publicKey } = await hubKeyPair();
    expect(await sealPayload(request, publicKey)).not.toBe(await sealPayload(request, publicKey));
  });

  it('refuses to seal to a private key or a key of another kind', async () => {
    const { publicKey } = await hubKeyPair();
    await expect(sealPayload(request, { kid: 'x', jwk: { ...publicKey.jwk, d: 'AAAA' } })).rejects.toThrow(TypeError);
    await expect(sealPayload(request, { kid: 'x', jwk: { kty: 'oct', k: 'AAAA' } })).rejects.toThrow(TypeError);
  });
});
