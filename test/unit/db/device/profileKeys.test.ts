import { afterEach, describe, expect, it, vi } from 'vitest';
import { keysText, signKeys } from '../../../../src/core/deviceAuth/keysProof.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { deviceIdentity } from '../../../../src/db/device/deviceIdentity.ts';
import { DEVICE_ROW_ID } from '../../../../src/db/device/deviceRecord.ts';
import { refreshDeviceProfile } from '../../../../src/db/device/refreshDeviceProfile.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { enrollWithFakeHub, HUB_KEY, keysProof, RECEIPT_KEY, SPOT, signedProfile } from './fakeHub.ts';

let db: BalcaoDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

async function enrolled() {
  db = freshDb();
  const enrolledNow = await enrollWithFakeHub(db, 9000);
  return enrolledNow;
}

/** A key pair of someone else's: a man in the middle of plain HTTP, with a receipt key of its own. */
async function strangerKey() {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const jwk = { kty, crv, x, y } as typeof RECEIPT_KEY.jwk;
  return { key: { kid: 'stranger', jwk }, privateKey: pair.privateKey };
}

const STRANGER_HUB_KEY = { kid: 'stranger-hub', jwk: { kty: 'EC', crv: 'P-256', x: 'sx', y: 'sy' } };

// A man in the middle who answers the signed GET /api/device could otherwise give the laptop a sealing
// key of its own (and read every request sealed after) or a receipt key of its own (and forge the
// receipts that purge the outbox).
describe("the keys of the hub's profile on a device that holds a receipt key", () => {
  it('are taken when signed by the receipt key the device holds, through a rotation of both kinds', async () => {
    const { hub, world } = await enrolled();
    const rotated = { kid: 'receipt-2026-2', jwk: { ...RECEIPT_KEY.jwk, x: 'rx2' } };
    const hubKeys = [{ kid: 'hub-2026-2', jwk: HUB_KEY.jwk }, HUB_KEY];
    // The hub signs with every receipt key it keeps: the device knows only the old one, and that is enough.
    const next = await signedProfile('dev-1', {
      hubKeys,
      currentKid: 'hub-2026-2',
      receiptKeys: [rotated, RECEIPT_KEY],
    });
    hub.override.set('/api/device', () => Response.json({ ...next, revoked: false }));
    await refreshDeviceProfile(world);
    expect(await deviceIdentity(db)).toMatchObject({ currentKid: 'hub-2026-2', receiptKeys: [rotated, RECEIPT_KEY] });
  });

  it.each([
    [
      'a sealing key of its own, with no proof',
      async () => ({ hubKeys: [STRANGER_HUB_KEY], currentKid: 'stranger-hub' }),
    ],
    [
      'a receipt key of its own, signed with that key',
      async () => {
        const stranger = await strangerKey();
        const keys = {
          deviceId: 'dev-1',
          spot: SPOT,
          hubKeys: [HUB_KEY],
          currentKid: HUB_KEY.kid,
          receiptKeys: [stranger.key],
        };
        return { ...keys, keysProof: await signKeys(keys, [{ kid: 'stranger', privateKey: stranger.privateKey }]) };
      },
    ],
    [
      "the hub's own proof over other keys",
      async () => ({
        hubKeys: [STRANGER_HUB_KEY],
        currentKid: 'stranger-hub',
        keysProof: await keysProof({
          deviceId: 'dev-1',
          spot: SPOT,
          hubKeys: [HUB_KEY],
          currentKid: HUB_KEY.kid,
          receiptKeys: [RECEIPT_KEY],
        }),
      }),
    ],
  ])('are refused with %s: the device keeps the keys it had', async (_what, forged) => {
    const { hub, world } = await enrolled();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const before = await db.device.get(DEVICE_ROW_ID);
    const base = {
      deviceId: 'dev-1',
      spot: before?.spot,
      hubKeys: [HUB_KEY],
      currentKid: HUB_KEY.kid,
      receiptKeys: [RECEIPT_KEY],
      revoked: false,
    };
    const answer = Object.assign(base, await forged());
    hub.override.set('/api/device', () => Response.json(answer));
    await expect(refreshDeviceProfile(world)).rejects.toMatchObject({ reason: 'garbage' });
    const after = await db.device.get(DEVICE_ROW_ID);
    expect({ hubKeys: after?.hubKeys, currentKid: after?.currentKid, receiptKeys: after?.receiptKeys }).toEqual({
      hubKeys: [HUB_KEY],
      currentKid: HUB_KEY.kid,
      receiptKeys: [RECEIPT_KEY],
    });
  });

  it("are refused when the spot's lock comes loosened under the hub's proof of the stricter one", async () => {
    const { hub, world } = await enrolled();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const signed = await signedProfile('dev-1');
    const loosened = { ...SPOT, lock: { idleLockSeconds: 86_400, hiddenLockSeconds: 86_400, allowPin: true } };
    hub.override.set('/api/device', () => Response.json({ ...signed, spot: loosened, revoked: false }));
    await expect(refreshDeviceProfile(world)).rejects.toMatchObject({ reason: 'garbage' });
    expect((await deviceIdentity(db))?.spot.lock).toEqual(SPOT.lock);
  });

  it('are taken on trust by a device that holds no receipt key yet (enrolled before them)', async () => {
    const { world } = await enrolled();
    await db.device.update(DEVICE_ROW_ID, (row) => {
      delete row.receiptKeys;
    });
    await refreshDeviceProfile(world);
    expect((await deviceIdentity(db))?.receiptKeys).toEqual([RECEIPT_KEY]);
  });
});

describe('the text a proof of keys covers', () => {
  it('is the public parts only, whatever else a key carries, in a fixed order', () => {
    const keys = {
      deviceId: 'dev-1',
      spot: SPOT,
      hubKeys: [HUB_KEY],
      currentKid: HUB_KEY.kid,
      receiptKeys: [RECEIPT_KEY],
    };
    const withExtras = {
      ...keys,
      hubKeys: [{ kid: HUB_KEY.kid, jwk: { use: 'enc', ...HUB_KEY.jwk, alg: 'ECDH-ES' } }],
    };
    expect(keysText(withExtras)).toBe(keysText(keys));
    expect(keysText({ ...keys, currentKid: 'other' })).not.toBe(keysText(keys));
  });
});
