import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHubKeyring } from '../../../server/keys/openHubKeyring.ts';
import { rotateHubKey } from '../../../server/keys/rotateHubKey.ts';
import { sealPayload } from '../../../src/core/seal/sealPayload.ts';
import { tempDir } from '../tempDir.ts';

const REQUEST = { citizen: { name: 'Maria Canário', nif: '123456789' } };

function kidOf(sealed: string): string {
  return JSON.parse(Buffer.from(sealed.split('.')[0] ?? '', 'base64url').toString('utf8')).kid;
}

describe('rotating the sealing key', () => {
  it('makes a new key current and keeps the old one, so what was sealed to it still opens', async () => {
    const dir = join(tempDir(), 'keys');
    // The running hub's keyring, opened before the rotation and never reopened.
    const hub = await openHubKeyring(dir);
    const oldKid = await hub.currentKid();
    const [oldKey] = await hub.publicKeys();
    if (!oldKey) throw new Error('no key');
    const sealedBefore = await sealPayload(REQUEST, oldKey);

    const { kid, previousKid } = await rotateHubKey(dir);
    expect(previousKid).toBe(oldKid);
    expect(kid).not.toBe(oldKid);
    expect(await hub.currentKid()).toBe(kid);
    const keys = await hub.publicKeys();
    expect(keys.map((key) => key.kid)).toEqual([kid, oldKid]);
    expect(statSync(join(dir, `${kid}.private.jwk`)).mode & 0o777).toBe(0o600);

    expect(await hub.open(sealedBefore)).toEqual(REQUEST);
    const currentKid = await hub.currentKid();
    const current = keys.find((key) => key.kid === currentKid);
    if (!current) throw new Error('no current key');
    const sealedAfter = await sealPayload(REQUEST, current);
    expect(kidOf(sealedAfter)).toBe(kid);
    expect(await hub.open(sealedAfter)).toEqual(REQUEST);
    expect(readdirSync(dir).filter((name) => name.endsWith('.jwk'))).toHaveLength(2);
  });
});
