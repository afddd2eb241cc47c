import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { deviceIdentity } from '../../../../src/db/device/deviceIdentity.ts';
import { DEVICE_ROW_ID } from '../../../../src/db/device/deviceRecord.ts';
import { EnrollError, enrollDevice } from '../../../../src/db/device/enrollDevice.ts';
import { refreshDeviceProfile } from '../../../../src/db/device/refreshDeviceProfile.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { enrollWithFakeHub, fakeHub, HUB_KEY, RECEIPT_KEY, SPOT, signedProfile } from './fakeHub.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

async function enrolled() {
  db = freshDb();
  const enrolledNow = await enrollWithFakeHub(db, 9000);
  return enrolledNow;
}

const profile = (more: Record<string, unknown>) => ({
  deviceId: 'dev-1',
  spot: SPOT,
  hubKeys: [HUB_KEY],
  currentKid: HUB_KEY.kid,
  revoked: false,
  ...more,
});

// The device verifies every receipt with the hub's receipt keys before it marks anything delivered:
// it must hold them from enrollment on, follow a rotation, and never take a bad one.
describe("the hub's receipt keys on the device", () => {
  it('are kept at enrollment, from the profile the hub answers', async () => {
    await enrolled();
    expect((await deviceIdentity(db))?.receiptKeys).toEqual([RECEIPT_KEY]);
  });

  it('read as none on a row kept before them, until the next profile refresh brings them', async () => {
    const { world } = await enrolled();
    // A device enrolled before the hub had receipt keys: its row has no such member at all.
    await db.device.update(DEVICE_ROW_ID, (row) => {
      delete row.receiptKeys;
    });
    expect(await db.device.get(DEVICE_ROW_ID)).not.toHaveProperty('receiptKeys');
    expect((await deviceIdentity(db))?.receiptKeys).toEqual([]);

    const refreshed = await refreshDeviceProfile(world);
    expect(refreshed.receiptKeys).toEqual([RECEIPT_KEY]);
    expect((await deviceIdentity(db))?.receiptKeys).toEqual([RECEIPT_KEY]);
  });

  it('follow a rotation: the new key first, the old one kept', async () => {
    const { hub, world } = await enrolled();
    const rotated = [{ kid: 'receipt-2026-2', jwk: { kty: 'EC', crv: 'P-256', x: 'nx', y: 'ny' } }, RECEIPT_KEY];
    const next = { ...(await signedProfile('dev-1', { receiptKeys: rotated })), revoked: false };
    hub.override.set('/api/device', () => Response.json(next));
    await refreshDeviceProfile(world);
    expect((await deviceIdentity(db))?.receiptKeys).toEqual(rotated);
  });

  it.each([
    ['no receipt keys at all', {}],
    ['an empty list', { receiptKeys: [] }],
    ['a private half', { receiptKeys: [{ ...RECEIPT_KEY, jwk: { ...RECEIPT_KEY.jwk, d: 'secret' } }] }],
    ['a key of another curve', { receiptKeys: [{ ...RECEIPT_KEY, jwk: { ...RECEIPT_KEY.jwk, crv: 'P-384' } }] }],
    ['a key without its id', { receiptKeys: [{ jwk: RECEIPT_KEY.jwk }] }],
  ])('are not replaced by a profile with %s: the profile is refused and the old keys kept', async (_what, keys) => {
    const { hub, world } = await enrolled();
    hub.override.set('/api/device', () => Response.json(profile(keys)));
    await expect(refreshDeviceProfile(world)).rejects.toMatchObject({ reason: 'garbage' });
    expect((await deviceIdentity(db))?.receiptKeys).toEqual([RECEIPT_KEY]);
  });

  it('must come with the enrollment answer: without them the device is not enrolled', async () => {
    db = freshDb();
    const hub = fakeHub({ ABCD1234: 'valid' });
    hub.override.set('/api/enroll', () =>
      Response.json({ deviceId: 'dev-1', spot: SPOT, hubKeys: [HUB_KEY], currentKid: HUB_KEY.kid }),
    );
    const error = await enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnrollError);
    expect(error).toMatchObject({ code: 'hub-error' });
    expect(await deviceIdentity(db)).toBeUndefined();
  });
});
