// The drain bench page (bench/drain.ts drives it), served by the real hub through the link shaper, so
// its fetches are the device's own calls on a thin link: the device enrolls, completes requests, and
// the real sender drains them; beside it, the Workbox queue of bench/drain/sw.ts replays its own.
import { installTrustedTypes } from '../../src/app/installTrustedTypes.ts';
import { BalcaoDb } from '../../src/db/balcaoDb.ts';
import { deviceIdentity } from '../../src/db/device/deviceIdentity.ts';
import type { KnownDevice } from '../../src/db/device/deviceRecord.ts';
import { enrollDevice } from '../../src/db/device/enrollDevice.ts';
import { browserDrainWorld } from '../../src/db/outbox/browserDrainWorld.ts';
import { drain } from '../../src/db/outbox/drain.ts';
import type { DrainBench, Outbox } from './DrainBench.ts';
import { queueInWorkbox, replayInWorkbox } from './queueInWorkbox.ts';
import { seedRequests } from './seedRequests.ts';

declare global {
  interface Window {
    balcaoDrainBench?: DrainBench;
  }
}

// The hub's CSP requires Trusted Types: the service worker's URL goes through the app's own policy.
installTrustedTypes();

/** The device's own database, as the app opens it; the baseline's requests wait in one of their own. */
const appDb = new BalcaoDb();
const workboxDb = new BalcaoDb('balcao-bench-workbox');

async function device(): Promise<KnownDevice> {
  const known = await deviceIdentity(appDb);
  if (!known) throw new Error('the bench device is not enrolled');
  return known;
}

window.balcaoDrainBench = {
  async enroll(code) {
    await enrollDevice({ code, label: 'Bench: drain', db: appDb, fetch: (input, init) => fetch(input, init) });
  },
  async seed(outbox: Outbox, count) {
    return seedRequests(outbox === 'app' ? appDb : workboxDb, await device(), count);
  },
  async drain() {
    const world = browserDrainWorld(appDb);
    const start = performance.now();
    const outcome = await drain(world, 'send-now');
    return { ms: performance.now() - start, outcome };
  },
  async queueInWorkbox() {
    return queueInWorkbox(await device(), workboxDb);
  },
  replayInWorkbox,
};
document.documentElement.dataset.ready = 'bench';
