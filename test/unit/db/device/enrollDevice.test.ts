import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { deviceIdentity } from '../../../../src/db/device/deviceIdentity.ts';
import { ENROLL_FAILURES, EnrollError, enrollDevice } from '../../../../src/db/device/enrollDevice.ts';
import { sessionMessages } from '../../../../src/features/session/sessionMessages.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { fakeHub, HUB_KEY, SPOT } from './fakeHub.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

async function refusal(promise: Promise<unknown>): Promise<EnrollError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EnrollError);
  return error as EnrollError;
}

describe('enrollDevice', () => {
  it('keeps a non-extractable signing key and the spot the hub enrolled it for', async () => {
    db = freshDb();
    const hub = fakeHub({ ABCD1234: 'valid' });

    await enrollDevice({ code: 'abcd-1234', label: 'Carrinha 2', db, fetch: hub.fetch, now: () => 42 });

    const device = await deviceIdentity(db);
    expect(device).toMatchObject({ deviceId: 'dev-1', spot: SPOT, hubKeys: [HUB_KEY], currentKid: HUB_KEY.kid });
    expect(device?.enrolledAt).toBe(42);
    // Read back from IndexedDB: still a CryptoKey, still unreadable.
    const key = device?.privateKey as CryptoKey;
    expect(key).toBeInstanceOf(CryptoKey);
    expect(key.type).toBe('private');
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', key)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('pkcs8', key)).rejects.toThrow();
    // Only the public half went to the hub.
    const sent = JSON.parse(new TextDecoder().decode(hub.calls[0]?.body));
    expect(sent.publicKey.d).toBeUndefined();
    expect(sent.publicKey).toEqual(device?.publicJwk);
    expect(sent.code).toBe('ABCD1234');
    expect(hub.devices.get('dev-1')?.label).toBe('Carrinha 2');
  });

  it.each([
    ['a code the hub never issued', 'ZZZZ9999', 'enroll-code-unknown'],
    ['an expired code', 'OLD00001', 'enroll-code-expired'],
    ['a code already used', 'USED0001', 'enroll-code-used'],
  ] as const)('refuses %s with its own code, and keeps nothing', async (_, code, expected) => {
    db = freshDb();
    const hub = fakeHub({ OLD00001: 'expired', USED0001: 'used' });
    const error = await refusal(enrollDevice({ code, db, fetch: hub.fetch }));
    expect(error.code).toBe(expected);
    expect(await deviceIdentity(db)).toBeUndefined();
  });

  it('refuses a second use of the same code', async () => {
    db = freshDb();
    const hub = fakeHub({ ABCD1234: 'valid' });
    await enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch });
    const other = freshDb();
    try {
      expect((await refusal(enrollDevice({ code: 'ABCD 1234', db: other, fetch: hub.fetch }))).code).toBe(
        'enroll-code-used',
      );
    } finally {
      await other.delete();
    }
  });

  it.each(['enroll-bad-key', 'enroll-bad-proof', 'enroll-bad-request'] as const)(
    'surfaces the hub refusal %s as its code',
    async (code) => {
      db = freshDb();
      const hub = fakeHub();
      hub.override.set('/api/enroll', () =>
        Response.json({ error: { code, message: 'refused' } }, { status: code === 'enroll-bad-proof' ? 403 : 400 }),
      );
      expect((await refusal(enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch }))).code).toBe(code);
    },
  );

  it('tells no network, a hub failure and a captive portal apart from a refusal', async () => {
    db = freshDb();
    const hub = fakeHub();
    hub.network = false;
    expect((await refusal(enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch }))).code).toBe('offline');

    hub.network = true;
    hub.override.set('/api/enroll', () => Response.json({ error: { code: 'enroll-code-used' } }, { status: 503 }));
    expect((await refusal(enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch }))).code).toBe('hub-error');

    hub.override.set(
      '/api/enroll',
      () => new Response('<html>Wi-Fi login</html>', { headers: { 'content-type': 'text/html' } }),
    );
    expect((await refusal(enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch }))).code).toBe('hub-error');

    hub.override.set('/api/enroll', () => Response.json({ deviceId: 'dev-9', spot: { id: 'x' } }));
    expect((await refusal(enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch }))).code).toBe('hub-error');
    expect(await deviceIdentity(db)).toBeUndefined();
  });

  it('asks for a code before calling the hub, and does not enroll twice', async () => {
    db = freshDb();
    const hub = fakeHub({ ABCD1234: 'valid', EFGH5678: 'valid' });
    expect((await refusal(enrollDevice({ code: ' - ', db, fetch: hub.fetch }))).code).toBe('enroll-code-missing');
    expect(hub.calls).toHaveLength(0);

    await enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch });
    expect((await refusal(enrollDevice({ code: 'EFGH5678', db, fetch: hub.fetch }))).code).toBe('already-enrolled');
    expect((await deviceIdentity(db))?.deviceId).toBe('dev-1');
  });

  it('has a message in Portuguese and in English for every way enrollment can fail', () => {
    for (const code of ENROLL_FAILURES) {
      expect(sessionMessages.pt[`enroll.error.${code}`], code).toMatch(/\S/);
      expect(sessionMessages.en[`enroll.error.${code}`], code).toMatch(/\S/);
      expect(sessionMessages.en[`enroll.error.${code}`]).not.toBe(sessionMessages.pt[`enroll.error.${code}`]);
    }
    const pt = ENROLL_FAILURES.map((code) => sessionMessages.pt[`enroll.error.${code}`]);
    expect(new Set(pt).size).toBe(pt.length);
  });
});
