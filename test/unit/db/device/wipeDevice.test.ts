import { Dexie } from 'dexie';
import { createStore, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { deviceIdentity } from '../../../../src/db/device/deviceIdentity.ts';
import { enrollDevice } from '../../../../src/db/device/enrollDevice.ts';
import { finishInterruptedWipe, wipeDevice, wipeMarker } from '../../../../src/db/device/wipeDevice.ts';
import { createMediator } from '../../../../src/db/secure/createMediator.ts';
import { saveDraft } from '../../../../src/db/secure/drafts.ts';
import { unlockMediator } from '../../../../src/db/secure/unlockMediator.ts';
import { CANARY_NAME, CANARY_NIF, canariesIn, everyRow } from '../../../kit/canary.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { fakeHub } from './fakeHub.ts';

let db: BalcaoDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

let n = 0;
/** An enrolled device with one mediator and a draft holding a citizen's name and NIF. */
async function deviceWithWork() {
  n += 1;
  db = freshDb();
  const hub = fakeHub({ ABCD1234: 'valid' });
  await enrollDevice({ code: 'ABCD1234', db, fetch: hub.fetch });
  const { mediator, dataKey } = await createMediator(
    db,
    { name: 'Ana', secret: 'frase muito secreta', kind: 'passphrase' },
    { allowPin: false, iterations: 1_000 },
  );
  await saveDraft(db, dataKey, {
    id: 'd-1',
    mediatorId: mediator.id,
    kind: 'attendance',
    serviceId: 'renovar-carta-conducao',
    payload: { citizen: { name: CANARY_NAME, nif: CANARY_NIF } },
  });
  const settings = createStore(`wipe-settings-${n}`, 'keyval');
  const markers = createStore(`wipe-markers-${n}`, 'marker');
  await set('catalogHub', 'https://hub.test', settings);
  return { mediator, world: { db, settings, markers, now: () => 1_000 } };
}

describe('wipeDevice', () => {
  it('destroys the keys before anything else, so an interrupted wipe leaves nothing readable', async () => {
    const { mediator, world } = await deviceWithWork();
    const seenAtDelete: number[] = [];
    // The tab dies as the database is being deleted: the keys must already be gone.
    vi.spyOn(db, 'delete').mockImplementation(() =>
      Dexie.Promise.resolve(
        (async () => {
          seenAtDelete.push(await db.device.count(), await db.mediators.count());
          throw new Error('tab closed');
        })(),
      ),
    );

    await expect(wipeDevice(world)).rejects.toThrow('the wipe did not finish');

    expect(seenAtDelete).toEqual([0, 0]);
    expect(await deviceIdentity(db)).toBeUndefined();
    expect(await unlockMediator(db, mediator.id, 'frase muito secreta', 2_000)).toEqual({
      ok: false,
      reason: 'unknown-mediator',
    });
    // What is left is ciphertext with no key on the device to open it.
    expect(await db.drafts.count()).toBe(1);
    expect(canariesIn(await everyRow(db))).toEqual([]);
    expect(await wipeMarker(world.markers)).toEqual({ reason: 'revoked', at: 1_000, complete: false });

    // At the next start the app finishes the job.
    vi.restoreAllMocks();
    expect(await finishInterruptedWipe(world)).toBe(true);
    expect(await db.drafts.count()).toBe(0);
    expect(await wipeMarker(world.markers)).toMatchObject({ complete: true });
    expect(await finishInterruptedWipe(world)).toBe(false);
  });

  it('deletes the database and the settings, and leaves a marker that says why', async () => {
    const { world } = await deviceWithWork();
    await wipeDevice(world, 'revoked');

    expect(await wipeMarker(world.markers)).toEqual({ reason: 'revoked', at: 1_000, complete: true });
    expect(await get('catalogHub', world.settings)).toBeUndefined();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(db.name);
    // Opened again (as the app does to enroll anew), it is empty.
    expect(await everyRow(db)).toEqual([]);
  });

  it('is safe to call twice, and the device can be enrolled again after it', async () => {
    const { world } = await deviceWithWork();
    await wipeDevice(world);
    await wipeDevice({ ...world, now: () => 5_000 });
    expect(await wipeMarker(world.markers)).toEqual({ reason: 'revoked', at: 1_000, complete: true });

    const hub = fakeHub({ NEWCODE1: 'valid' });
    await enrollDevice({ code: 'NEWCODE1', db, fetch: hub.fetch });
    expect((await deviceIdentity(db))?.deviceId).toBe('dev-1');
  });
});
