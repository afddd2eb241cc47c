import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DeviceKeys, verifyKeys } from '../../../src/core/deviceAuth/keysProof.ts';
import { deviceKeys, enrollBody, errorCode, injectTransport, postEnroll } from '../deviceKit.ts';
import { openTestHub, TEST_SPOT } from '../openTestHub.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function enrollWith(hub: Awaited<ReturnType<typeof openTestHub>>, body: unknown) {
  return postEnroll(injectTransport(hub.app), body);
}

describe('POST /api/enroll', () => {
  it("enrolls a device with a coordinator's code and tells it its id, its spot and the hub's keys", async () => {
    const hub = await openTestHub();
    const code = await hub.code();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const keys = await deviceKeys();
    const res = await enrollWith(hub, await enrollBody(code, keys, { label: 'Carrinha 2' }));
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const answer = res.json() as DeviceKeys & { keysProof: string[] };
    expect(answer).toEqual({
      deviceId: expect.stringMatching(UUID),
      spot: {
        id: TEST_SPOT.id,
        name: TEST_SPOT.name,
        kind: 'mobile',
        municipality: 'Castelo Branco',
        serviceIds: null,
        lock: { idleLockSeconds: 300, hiddenLockSeconds: 60, allowPin: false },
      },
      hubKeys: [
        {
          kid: await hub.keys.currentKid(),
          jwk: { kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String) },
        },
      ],
      currentKid: await hub.keys.currentKid(),
      receiptKeys: await hub.keys.receipts.publicKeys(),
      keysProof: [expect.any(String)],
    });
    // The keys come signed with the hub's receipt key: the device takes later ones only so signed.
    await verifyKeys(answer.keysProof, answer, await hub.keys.receipts.publicKeys());
    const device = await hub.store.device(answer.deviceId);
    const sent = await crypto.subtle.exportKey('jwk', keys.publicKey);
    expect(device).toMatchObject({
      spotId: TEST_SPOT.id,
      label: 'Carrinha 2',
      revokedAt: null,
      enrolledAt: hub.clock.now().toISOString(),
      // Only what makes the key: the export's key_ops and ext are not kept.
      publicJwk: { kty: 'EC', crv: 'P-256', x: sent.x, y: sent.y },
    });
    expect(Object.keys(device?.publicJwk ?? {}).sort()).toEqual(['crv', 'kty', 'x', 'y']);
  });

  it('takes the code as a person types it: lower case, spaces instead of dashes', async () => {
    const hub = await openTestHub();
    const code = await hub.code();
    const typed = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
    const res = await enrollWith(hub, await enrollBody(typed, await deviceKeys()));
    expect(res.status).toBe(200);
  });

  it('refuses a wrong code, an expired code and a used code, each with its own code', async () => {
    const hub = await openTestHub();
    const wrong = await enrollWith(hub, await enrollBody('ABCD-EFGH-JKLM', await deviceKeys()));
    expect(wrong.status).toBe(403);
    expect(wrong.json()).toEqual({ error: { code: 'enroll-code-unknown', message: expect.any(String) } });
    expect(wrong.headers['cache-control']).toBe('no-store');

    const soon = await hub.code();
    hub.clock.advance(24 * 3_600_000);
    const expired = await enrollWith(hub, await enrollBody(soon, await deviceKeys()));
    expect(expired.status).toBe(403);
    expect(errorCode(expired)).toBe('enroll-code-expired');

    const code = await hub.code();
    expect((await enrollWith(hub, await enrollBody(code, await deviceKeys()))).status).toBe(200);
    const again = await enrollWith(hub, await enrollBody(code, await deviceKeys()));
    expect(again.status).toBe(403);
    expect(errorCode(again)).toBe('enroll-code-used');
    expect(await hub.store.listDevices()).toHaveLength(1);
  });

  it('lets exactly one of two devices racing with one code, through two hubs on one database, enroll', async () => {
    const first = await openTestHub();
    const second = await openTestHub({ dataDir: first.dataDir });
    const code = await first.code();
    const bodies = await Promise.all([enrollBody(code, await deviceKeys()), enrollBody(code, await deviceKeys())]);
    const answers = await Promise.all([enrollWith(first, bodies[0]), enrollWith(second, bodies[1])]);
    expect(answers.map((res) => res.status).sort()).toEqual([200, 403]);
    expect(answers.map(errorCode)).toContain('enroll-code-used');
    expect(await first.store.listDevices()).toHaveLength(1);
  });

  it('refuses a key with its private part, and keys that are not public EC P-256 keys', async () => {
    const hub = await openTestHub();
    const code = await hub.code();
    const exportable = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    const privateJwk = await crypto.subtle.exportKey('jwk', exportable.privateKey);
    const leaked = await enrollWith(hub, await enrollBody(code, exportable, { publicKey: privateJwk }));
    expect(leaked.status).toBe(400);
    expect(leaked.json()).toEqual({ error: { code: 'enroll-bad-key', message: expect.stringContaining('private') } });

    const { x, y } = await crypto.subtle.exportKey('jwk', exportable.publicKey);
    for (const publicKey of [
      { kty: 'EC', crv: 'P-384', x, y },
      { kty: 'RSA', n: 'AQAB', e: 'AQAB' },
      { kty: 'EC', crv: 'P-256', x, y: x },
      { kty: 'EC', crv: 'P-256', x },
      'not a key',
    ]) {
      const res = await enrollWith(hub, { ...(await enrollBody(code, exportable)), publicKey });
      expect(errorCode(res), JSON.stringify(publicKey)).toBe('enroll-bad-key');
    }
    // Nothing was spent: the code still enrolls.
    expect((await enrollWith(hub, await enrollBody(code, exportable))).status).toBe(200);
  });

  it('refuses a proof that is not the new key signing this code', async () => {
    const hub = await openTestHub();
    const code = await hub.code();
    const keys = await deviceKeys();
    const other = await deviceKeys();
    for (const body of [
      await enrollBody(code, keys, { proofKey: other.privateKey }),
      await enrollBody(code, keys, { proofCode: 'ABCD-EFGH-JKLM' }),
      { ...(await enrollBody(code, keys)), proof: 'bm90IGEgc2lnbmF0dXJl' },
      { ...(await enrollBody(code, keys)), proof: '' },
    ]) {
      const res = await enrollWith(hub, body);
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('enroll-bad-proof');
    }
    expect((await enrollWith(hub, await enrollBody(code, keys))).status).toBe(200);
  });

  it('refuses a body that is not an enrollment request, naming the field', async () => {
    const hub = await openTestHub();
    const code = await hub.code();
    const good = await enrollBody(code, await deviceKeys());
    const send = injectTransport(hub.app);
    const cases: [unknown, RegExp][] = [
      [{ ...good, code: undefined }, /^code /],
      [{ ...good, proof: 42 }, /^proof /],
      [{ ...good, label: 'x'.repeat(81) }, /^label /],
      [[good], /JSON object/],
      ['just a string', /JSON object/],
    ];
    for (const [body, message] of cases) {
      const res = await postEnroll(send, body);
      expect(res.status).toBe(400);
      expect(res.json()).toEqual({ error: { code: 'enroll-bad-request', message: expect.stringMatching(message) } });
    }
    const notJson = await send({
      method: 'POST',
      url: '/api/enroll',
      headers: { 'content-type': 'application/json' },
      body: '{"code":',
    });
    expect(notJson.status).toBe(400);
    expect(errorCode(notJson)).toBe('enroll-bad-request');
  });

  it('keeps only a hash of the code in the database', async () => {
    const hub = await openTestHub();
    const code = await hub.code();
    await enrollWith(hub, await enrollBody(code, await deviceKeys()));
    const bytes = ['balcao.sqlite', 'balcao.sqlite-wal']
      .map((name) => {
        try {
          return readFileSync(join(hub.dataDir, name)).toString('latin1');
        } catch {
          return '';
        }
      })
      .join('');
    expect(bytes).not.toContain(code.replaceAll('-', ''));
    expect(bytes).not.toContain(code);
  });
});
