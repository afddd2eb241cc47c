// What the app's tests share: an enrolled device without a hub, a refresher the test drives, a search
// port that answers from a table, and the app mounted on them.
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import type { BalcaoDb } from '../../../src/db/balcaoDb.ts';
import type { SpotProfile } from '../../../src/db/device/deviceProfile.ts';
import { DEVICE_ROW_ID, type DeviceRecord } from '../../../src/db/device/deviceRecord.ts';
import type { CatalogRefresher, RefreshStatus } from '../../../src/features/catalog/catalogRefresher.ts';
import type { SearchPort } from '../../../src/features/catalog/searchFeed.ts';
import { HUB_KEY } from '../db/device/fakeHub.ts';
import { mount } from '../features/renderKit.tsx';

export const TEST_SPOT: SpotProfile = {
  id: 'mirandela-movel',
  name: 'Espaço Cidadão Móvel de Mirandela',
  kind: 'mobile',
  municipality: 'Mirandela',
  serviceIds: null,
  lock: { idleLockSeconds: 300, hiddenLockSeconds: 60, allowPin: true },
};

/** The device as enrollment leaves it, written straight into the database (no hub involved). */
export async function enrolledDevice(
  db: BalcaoDb,
  spot: Partial<Omit<SpotProfile, 'lock'>> & { lock?: Partial<SpotProfile['lock']> } = {},
): Promise<DeviceRecord> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const record: DeviceRecord = {
    id: DEVICE_ROW_ID,
    deviceId: 'dev-test',
    privateKey: keys.privateKey,
    publicJwk: await crypto.subtle.exportKey('jwk', keys.publicKey),
    spot: { ...TEST_SPOT, ...spot, lock: { ...TEST_SPOT.lock, ...spot.lock } },
    hubKeys: [HUB_KEY],
    currentKid: HUB_KEY.kid,
    enrolledAt: Date.now(),
    profileUpdatedAt: Date.now(),
  };
  await db.device.put(record);
  return record;
}

/** A refresher the test drives: its status is whatever the test says. */
export function fakeRefresher(initial: Partial<RefreshStatus> = {}) {
  let status: RefreshStatus = { running: false, failure: null, attemptedAt: null, last: null, ...initial };
  const listeners = new Set<(status: RefreshStatus) => void>();
  const refresher: CatalogRefresher = {
    status: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refreshNow: vi.fn(async () => status),
    stop: vi.fn(),
  };
  return {
    refresher,
    set(next: Partial<RefreshStatus>) {
      status = { ...status, ...next };
      act(() => {
        for (const listener of listeners) listener(status);
      });
    },
  };
}

/** A search index that finds what `hits` says for a word in the query. */
export function fakeSearch(hits: Record<string, string[]> = {}): SearchPort {
  return {
    load: vi.fn(async () => {}),
    search: async (query) =>
      Object.entries(hits)
        .filter(([word]) => query.includes(word))
        .flatMap(([, ids]) => ids.map((id) => ({ id, score: 1 }))),
  };
}

const offline: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

/** Mounts the whole app on `db`; `unmount` is for afterEach. */
export function startApp(
  db: BalcaoDb,
  world: { refresher?: CatalogRefresher; search?: SearchPort; fetch?: typeof fetch } = {},
) {
  const refresher = world.refresher ?? fakeRefresher().refresher;
  return mount(
    <App
      db={db}
      search={world.search ?? fakeSearch()}
      startRefresher={() => refresher}
      fetch={world.fetch ?? offline}
    />,
  );
}
