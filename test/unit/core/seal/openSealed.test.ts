import { describe, expect, it } from 'vitest';
import { openSealed } from '../../../../src/core/seal/openSealed.ts';
import { SealError } from '../../../../src/core/seal/SealError.ts';
import { sealPayload } from '../../../../src/core/seal/sealPayload.ts';
import { hubKeyPair } from './hubKeyPair.ts';

const PAYLOAD = { citizen: { name: 'Maria Canário', nif: '123456789' } };

async function sealed() {
  const { publicKey, privateKey } = await hubKeyPair('hub-1');
  const jwe = await sealPayload(PAYLOAD, publicKey);
  const keys = (kid: string) => (kid === 'hub-1' ? privateKey : undefined);
  return { jwe, keys };
}

/** The JWE with one of its five parts replaced. */
function withPart(jwe: string, index: number, change: (part: string) => string): string {
  const parts = jwe.split('.');
  parts[index] = change(parts[index] ?? '');
  return parts.join('.');
}

/** Changes the first character: it carries the top bits of the first byte, so the bytes always change. */
const flip = (part: string) => `${part[0] === 'A' ? 'B' : 'A'}${part.slice(1)}`;

const b64 = (text: string) => btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const unb64 = (part: string) => atob(part.replaceAll('-', '+').replaceAll('_', '/'));

async function refusal(promise: Promise<unknown>): Promise<SealError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SealError);
  return error as SealError;
}

describe('openSealed', () => {
  it('refuses a changed ciphertext, iv or tag as tampered', async () => {
    const { jwe, keys } = await sealed();
    for (const [index, name] of [
      [2, 'iv'],
      [3, 'ciphertext'],
      [4, 'tag'],
    ] as const) {
      const error = await refusal(openSealed(withPart(jwe, index, flip), keys));
      expect(error.code, name).toBe('tampered');
    }
  });

  it('refuses a header changed after sealing (a member added, another ephemeral key) as tampered', async () => {
    const { jwe, keys } = await sealed();
    const header = JSON.parse(unb64(jwe.split('.')[0] ?? ''));
    const added = withPart(jwe, 0, () => b64(JSON.stringify({ ...header, x: 1 })));
    expect((await refusal(openSealed(added, keys))).code).toBe('tampered');
    const other = (await hubKeyPair()).publicKey.jwk;
    const swapped = withPart(jwe, 0, () =>
      b64(JSON.stringify({ ...header, epk: { kty: 'EC', crv: 'P-256', x: other.x, y: other.y } })),
    );
    expect((await refusal(openSealed(swapped, keys))).code).toBe('tampered');
    const offCurve = withPart(jwe, 0, () => b64(JSON.stringify({ ...header, epk: { ...header.epk, x: other.y } })));
    expect((await refusal(openSealed(offCurve, keys))).code).toBe('tampered');
  });

  it('refuses every one of the five parts changed at the byte level', async () => {
    const { jwe, keys } = await sealed();
    for (let index = 0; index < 5; index += 1) {
      const changed = withPart(jwe, index, (part) => (part === '' ? 'AAAA' : flip(part)));
      const error = await refusal(openSealed(changed, keys));
      expect(['tampered', 'malformed'], `part ${index}`).toContain(error.code);
    }
  });

  it('refuses a kid it holds no key for, naming the kid', async () => {
    const { jwe } = await sealed();
    const error = await refusal(openSealed(jwe, () => undefined));
    expect(error.code).toBe('unknown-key');
    expect(error.message).toContain('hub-1');
  });

  it('refuses what another hub key was sealed to, even under a known kid', async () => {
    const { jwe } = await sealed();
    const stranger = (await hubKeyPair()).privateKey;
    expect((await refusal(openSealed(jwe, () => stranger))).code).toBe('tampered');
  });

  it('refuses strings that are not sealed payloads as malformed', async () => {
    const { jwe, keys } = await sealed();
    const header = JSON.parse(unb64(jwe.split('.')[0] ?? ''));
    const notOurs = [
      '',
      'hello',
      'a.b.c',
      jwe.replace('.', '.x.'),
      `${jwe}.`,
      withPart(jwe, 0, () => b64('not json')),
      withPart(jwe, 0, () => b64(JSON.stringify({ ...header, typ: 'JWT' }))),
      withPart(jwe, 0, () => b64(JSON.stringify({ ...header, alg: 'ECDH-ES+A256KW' }))),
      withPart(jwe, 0, () => b64(JSON.stringify({ ...header, kid: undefined }))),
      withPart(jwe, 3, (part) => `${part}!`),
    ];
    for (const text of notOurs)
      expect((await refusal(openSealed(text, keys))).code, text.slice(0, 40)).toBe('malformed');
  });

  it('opens with a private JWK as well as with a CryptoKey', async () => {
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    const jwe = await sealPayload(PAYLOAD, { kid: 'k', jwk });
    expect(await openSealed(jwe, async () => privateJwk)).toEqual(PAYLOAD);
  });
});
