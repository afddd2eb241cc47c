import { describe, expect, it } from 'vitest';
import type { RequestPayload } from '../../../../src/core/attendance/RequestPayload.ts';
import { openRequest } from '../../../../src/core/seal/openRequest.ts';
import { sealPayload } from '../../../../src/core/seal/sealPayload.ts';
import { REQUEST_BINDING, sealRequest } from '../../../../src/core/seal/sealRequest.ts';
import { hubKeyPair } from './hubKeyPair.ts';
import { samplePayload } from './samplePayload.ts';

const OTHER_ID = '0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b';

async function hub() {
  const { publicKey, privateKey } = await hubKeyPair('hub-1');
  const keys = (kid: string) => (kid === 'hub-1' ? privateKey : undefined);
  return { publicKey, keys };
}

/** A request sealed with whatever header binding a (buggy or hostile) sealer chose: it authenticates. */
function sealedFor(
  payload: unknown,
  publicKey: Awaited<ReturnType<typeof hub>>['publicKey'],
  requestId: string,
  deviceId: string,
) {
  return sealPayload(payload, publicKey, {
    [REQUEST_BINDING.requestId]: requestId,
    [REQUEST_BINDING.deviceId]: deviceId,
  });
}

const b64 = (text: string) => btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const unb64 = (part: string) => atob(part.replaceAll('-', '+').replaceAll('_', '/'));

describe('openRequest', () => {
  it('opens a sealed request into the very payload the app sealed, with the key it was sealed to', async () => {
    const { publicKey, keys } = await hub();
    const payload = samplePayload();
    const opened = await openRequest(await sealRequest(payload, publicKey), keys, { postedBy: payload.deviceId });
    expect(opened).toEqual({ ok: true, payload, kid: 'hub-1' });
  });

  it('refuses a request whose header names another request id or another device', async () => {
    const { publicKey, keys } = await hub();
    const payload = samplePayload();
    for (const jwe of [
      await sealedFor(payload, publicKey, OTHER_ID, payload.deviceId),
      await sealedFor(payload, publicKey, payload.requestId, OTHER_ID),
      await sealPayload(payload, publicKey),
    ]) {
      const opened = await openRequest(jwe, keys);
      expect(opened).toMatchObject({ ok: false, code: 'binding-mismatch' });
    }
  });

  it('refuses a request posted by another device than the one that sealed it', async () => {
    const { publicKey, keys } = await hub();
    const jwe = await sealRequest(samplePayload(), publicKey);
    const opened = await openRequest(jwe, keys, { postedBy: OTHER_ID });
    expect(opened).toMatchObject({ ok: false, code: 'binding-mismatch' });
    if (!opened.ok) expect(opened.message).toContain(OTHER_ID);
  });

  it('refuses a header rewritten after sealing to name another request as tampered, never as that request', async () => {
    const { publicKey, keys } = await hub();
    const jwe = await sealRequest(samplePayload(), publicKey);
    const [header = '', ...rest] = jwe.split('.');
    const moved = [
      b64(JSON.stringify({ ...JSON.parse(unb64(header)), [REQUEST_BINDING.requestId]: OTHER_ID })),
      ...rest,
    ];
    expect(await openRequest(moved.join('.'), keys)).toMatchObject({ ok: false, code: 'seal-tampered' });
  });

  it('refuses a changed byte as tampered, an unknown kid as such, and what is no seal as malformed', async () => {
    const { publicKey, keys } = await hub();
    const jwe = await sealRequest(samplePayload(), publicKey);
    const parts = jwe.split('.');
    const ciphertext = parts[3] ?? '';
    parts[3] = `${ciphertext[0] === 'A' ? 'B' : 'A'}${ciphertext.slice(1)}`;
    expect(await openRequest(parts.join('.'), keys)).toMatchObject({ ok: false, code: 'seal-tampered' });
    expect(await openRequest(jwe, () => undefined)).toMatchObject({ ok: false, code: 'seal-unknown-key' });
    expect(await openRequest('not a seal', keys)).toMatchObject({ ok: false, code: 'seal-malformed' });
  });

  it('refuses a payload that is not of shape v1, naming the members at fault but never their values', async () => {
    const { publicKey, keys } = await hub();
    const base = samplePayload();
    const cases: [string, unknown, string][] = [
      ['another version', { ...base, v: 2 }, 'v'],
      ['an extra member', { ...base, citizenName: 'Maria Canário' }, 'citizenName'],
      ['a member missing', { ...base, fee: { ...base.fee, split: undefined } }, 'fee.split'],
      ['cents that are not whole', { ...base, fee: { ...base.fee, amountCents: 1500.5 } }, 'fee.amountCents'],
      ['a number as text', { ...base, consentAt: '1790000000000' }, 'consentAt'],
      [
        'an answer that is an object',
        { ...base, answers: { ...base.answers, nif: { value: '123456789' } } },
        'answers.nif',
      ],
      ['an answer far too long', { ...base, answers: { ...base.answers, name: 'M'.repeat(20_001) } }, 'answers.name'],
      [
        'an unknown identity document',
        { ...base, identity: { document: 'library-card', last4: '4ZY0' } },
        'identity.document',
      ],
      ['a day that does not exist', { ...base, day: '2026-02-29' }, 'day'],
      ['an id that is not a UUID', { ...base, mediatorId: 'maria' }, 'mediatorId'],
    ];
    for (const [what, payload, path] of cases) {
      const opened = await openRequest(await sealedFor(payload, publicKey, base.requestId, base.deviceId), keys);
      expect(opened, what).toMatchObject({ ok: false, code: 'payload-shape' });
      if (opened.ok) continue;
      expect(opened.paths, what).toContain(path);
      expect(opened.message, what).not.toMatch(/Canário|123456789|library-card/);
    }
  });

  it('leaves what the answers, fee, payment and identity say to checkRequest: a wrong NIF or last 4 still opens', async () => {
    const { publicKey, keys } = await hub();
    const payload: RequestPayload = samplePayload({
      answers: { nif: '123456780', 'birth-date': 'yesterday' },
      identity: { document: 'passport', last4: 'ab' },
      payment: { method: 'multibanco-reference', entity: '12', reference: '' },
      fee: { ...samplePayload().fee, amountCents: 1 },
      consentAt: 0,
    });
    expect(await openRequest(await sealRequest(payload, publicKey), keys)).toEqual({ ok: true, payload, kid: 'hub-1' });
  });
});
