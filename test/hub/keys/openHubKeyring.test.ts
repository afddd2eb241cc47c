import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHubKeyring } from '../../../server/keys/openHubKeyring.ts';
import { SealError } from '../../../src/core/seal/SealError.ts';
import { sealPayload } from '../../../src/core/seal/sealPayload.ts';
import { deviceKeys, enrollBody, injectTransport, postEnroll } from '../deviceKit.ts';
import { openTestHub } from '../openTestHub.ts';
import { tempDir } from '../tempDir.ts';

const REQUEST = { citizen: { name: 'Maria Canário', nif: '123456789' }, serviceId: 'cartao-cidadao-renovar' };

const mode = (path: string) => statSync(path).mode & 0o777;

describe("the hub's sealing keys", () => {
  it('are made on the first start in keys/, readable by the hub only, and kept across starts', async () => {
    const dir = join(tempDir(), 'keys');
    const first = await openHubKeyring(dir);
    const kid = await first.currentKid();
    expect(kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readdirSync(dir).sort()).toEqual(['current', `${kid}.private.jwk`].sort());
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, `${kid}.private.jwk`))).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, `${kid}.private.jwk`), 'utf8'))).toMatchObject({
      kty: 'EC',
      crv: 'P-256',
      d: expect.any(String),
      kid,
    });
    const again = await openHubKeyring(dir);
    expect(await again.currentKid()).toBe(kid);
    expect(await again.publicKeys()).toEqual(await first.publicKeys());
  });

  it('give devices only the public half', async () => {
    const keys = await openHubKeyring(join(tempDir(), 'keys'));
    const [key] = await keys.publicKeys();
    expect(Object.keys(key?.jwk ?? {}).sort()).toEqual(['crv', 'kty', 'x', 'y']);
  });

  it('open what a device sealed to the current key, and refuse a changed or unknown one', async () => {
    const keys = await openHubKeyring(join(tempDir(), 'keys'));
    const [current] = await keys.publicKeys();
    if (!current) throw new Error('no key');
    const sealed = await sealPayload(REQUEST, current);
    expect(await keys.open(sealed)).toEqual(REQUEST);

    const parts = sealed.split('.');
    parts[3] = `${parts[3]?.[0] === 'A' ? 'B' : 'A'}${parts[3]?.slice(1)}`;
    await expect(keys.open(parts.join('.'))).rejects.toMatchObject({ name: 'SealError', code: 'tampered' });

    const elsewhere = await openHubKeyring(join(tempDir(), 'keys'));
    const foreign = await sealPayload(REQUEST, (await elsewhere.publicKeys())[0] ?? current);
    const refused = await keys.open(foreign).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SealError);
    expect(refused).toMatchObject({ code: 'unknown-key' });
    expect(await keys.privateKey('../../etc/passwd')).toBeUndefined();
  });

  it('are made once when two processes start on an empty folder at the same moment', async () => {
    const dir = join(tempDir(), 'keys');
    const rings = await Promise.all([openHubKeyring(dir), openHubKeyring(dir), openHubKeyring(dir)]);
    const kids = await Promise.all(rings.map((ring) => ring.currentKid()));
    expect(new Set(kids).size).toBe(1);
    expect(readdirSync(dir).filter((name) => name.endsWith('.jwk'))).toEqual([`${kids[0]}.private.jwk`]);
  });

  it('never reach the database: the SQLite files hold no private key', async () => {
    const hub = await openTestHub();
    await postEnroll(injectTransport(hub.app), await enrollBody(await hub.code(), await deviceKeys()));
    const keyDir = join(hub.dataDir, 'keys');
    const privates = readdirSync(keyDir)
      .filter((name) => name.endsWith('.jwk'))
      .map((name) => JSON.parse(readFileSync(join(keyDir, name), 'utf8')).d as string);
    expect(privates.length).toBeGreaterThan(0);
    const database = readdirSync(hub.dataDir)
      .filter((name) => name.startsWith('balcao.sqlite'))
      .map((name) => readFileSync(join(hub.dataDir, name)).toString('latin1'))
      .join('');
    expect(database.length).toBeGreaterThan(0);
    for (const d of privates) expect(database).not.toContain(d);
    expect(database).not.toContain('"d":');
  });
});
