// Issue 5, "What it must show", second bullet: Chromium killed (SIGKILL, every process of its profile)
// 10 times at seeded random points while its service worker drains the outbox through a slow link (the
// fault proxy's 0–3 s delays, half on the way in and half on the way back, so a kill lands before the
// hub commits, after it commits but before the device hears, or after), then opened again on the same
// profile, where the app's own triggers (its start, the worker's start, its timer) resume. More
// requests are completed between the kills, while it drains. At the end every request the device holds
// (each was shown as saved) is on the hub exactly once, delivered with its one verified receipt.
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { killChromium, launchChromium } from '../kit/chromium.ts';
import { DELAYS_ONLY, type DeliveryCall, seededRandom, startFaultProxy } from '../kit/faultProxy.ts';
import { startHub } from '../kit/startHub.ts';
import {
  type Browser,
  completeOnDevice,
  completeWithAppClosed,
  enrolledDevice,
  fireOnline,
  harnessTab,
  openApp,
} from './chaosDevice.ts';
import { deliveryAudit, deviceOutbox, deviceProgress, hubTally } from './deliveryAudit.ts';

const FIRST_REQUESTS = 300;
const KILLS = 10;
/** Completed between two kills, while the sender drains. */
const BETWEEN_KILLS = 5;
/**
 * A kill lands this long (uniform, seeded) after a delivery call reaches the link, beyond the call's own
 * delay: most land within the call (before the hub has it, or after it committed and before the device
 * hears), the rest while the device settles the answer or sends the next batch.
 */
const KILL_BEYOND_MS = 1_000;
/**
 * How long the last restart may take to deliver what is left: its sender frees a killed sender's leases at
 * once (it holds the Web Lock alone), so this is only a bound, not the wait a lease once cost.
 */
const SETTLE_LIMIT_MS = 150_000;
const SEED =
  process.env.CHAOS_SEED === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.CHAOS_SEED);

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The next delivery call the link sees; null after `ms`, or once `idle` says nothing is left to send. */
function nextDeliveryCall(
  proxy: Awaited<ReturnType<typeof startFaultProxy>>,
  ms: number,
  idle: () => Promise<boolean>,
): Promise<DeliveryCall | null> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (call: DeliveryCall | null) => {
      if (done) return;
      done = true;
      stop();
      resolve(call);
    };
    const stop = proxy.onDeliveryCall(finish);
    const giveUpAt = Date.now() + ms;
    void (async () => {
      while (!done) {
        await sleep(500);
        if (Date.now() > giveUpAt || (await idle().catch(() => false))) finish(null);
      }
    })();
  });
}

describe('the outbox survives the browser being killed while it sends', () => {
  it(`delivers every saved request exactly once through ${KILLS} kills of Chromium mid-drain`, async () => {
    const startedAt = Date.now();
    const random = seededRandom(SEED);
    console.log(`crash: seed ${SEED} (CHAOS_SEED=${SEED} replays it)`);
    const hub = await startHub({ appDir: inject('builds').chaos });
    cleanups.push(() => hub.stop());
    const proxy = await startFaultProxy(hub.url, { mode: 'down', plan: DELAYS_ONLY, seed: SEED });
    cleanups.push(() => proxy.stop());
    let { browser, page } = await enrolledDevice(proxy.url, hub.dataDir, { keepProfile: true });
    const { profileDir } = browser;
    cleanups.push(() => rm(profileDir, { recursive: true, force: true }));
    let current: Browser = browser;
    cleanups.push(() => current.close());

    const saved = await completeWithAppClosed(page, proxy.url, FIRST_REQUESTS);
    proxy.setMode('faults');
    await fireOnline(page);

    const kills: { atCall: number; afterMs: number; delayMs: number; lands: string }[] = [];
    for (let kill = 0; kill < KILLS; kill += 1) {
      const app = page;
      const call = nextDeliveryCall(proxy, 90_000, async () => {
        const { total, delivered } = await deviceProgress(app);
        return delivered === total;
      });
      // More completions while it drains, each shown as saved once its row is written.
      const more = await harnessTab(browser, proxy.url);
      saved.push(...(await completeOnDevice(more, BETWEEN_KILLS)));
      await more.close();
      const seen = await call;
      // Nothing left to send (all delivered, or so the device says): the audit below tells which.
      if (seen === null) break;
      const afterMs = Math.round(random() * (seen.delayMs + KILL_BEYOND_MS));
      await sleep(afterMs);
      // Half the call's delay before the hub has it, half before the device hears its answer.
      const lands =
        afterMs < seen.delayMs / 2 ? 'before-hub' : afterMs < seen.delayMs ? 'hub-committed' : 'after-answer';
      kills.push({ atCall: seen.n, afterMs, delayMs: seen.delayMs, lands });
      await killChromium(profileDir);
      browser = await launchChromium({ profileDir, keepProfile: true });
      current = browser;
      page = await openApp(browser, proxy.url);
    }

    await page.waitForSelector('html[data-ready="catalog"]');
    const lastKillAt = Date.now();
    let progress = await deviceProgress(page);
    while (progress.delivered < progress.total && Date.now() - lastKillAt < SETTLE_LIMIT_MS) {
      await sleep(500);
      progress = await deviceProgress(page);
    }
    const settleMs = Date.now() - lastKillAt;

    const audit = await deliveryAudit(page, hub);
    const tally = hubTally(hub);
    const onDevice = new Set((await deviceOutbox(page)).rows.map((row) => row.id));
    console.log(
      JSON.stringify({
        chaos: 'crash',
        seed: SEED,
        saved: saved.length,
        kills,
        landed: Object.fromEntries(
          ['before-hub', 'hub-committed', 'after-answer'].map((at) => [at, kills.filter((k) => k.lands === at).length]),
        ),
        settleMs,
        totalMs: Date.now() - startedAt,
        counts: proxy.counts(),
        hub: { rows: audit.hubRows, ids: audit.hubIds, ...tally },
        device: { requests: audit.device, delivered: audit.delivered, pending: audit.pending, waiting: audit.waiting },
        ...(audit.stuck.length > 0 && { stuck: audit.stuck }),
        lost: audit.lost.length,
        notOnHub: audit.notOnHub.length,
        duplicated: audit.duplicated,
        strangers: audit.strangers.length,
        badReceipts: audit.badReceipts.length,
        unreceipted: audit.unreceipted.length,
      }),
    );

    // Every completion shown as saved survived the kills on the device, and nothing else is there.
    expect(
      saved.filter((id) => !onDevice.has(id)),
      'saved requests gone from the device',
    ).toEqual([]);
    expect(audit.device).toBe(saved.length);
    expect(audit.lost, 'requests the device let go of that the hub does not hold').toEqual([]);
    expect(audit.duplicated, 'hub rows beyond one per request id').toBe(0);
    expect(audit.strangers, 'hub rows no device request accounts for').toEqual([]);
    expect(audit.unreceipted, 'hub rows without their one receipt').toEqual([]);
    expect(audit.badReceipts, 'delivered without the hub’s verified receipt').toEqual([]);
    expect(audit.waiting, 'requests not delivered at the end').toEqual({});
    expect(audit.notOnHub, 'requests on the device that the hub does not hold').toEqual([]);
    expect(audit.hubRows).toBe(saved.length);
    expect(tally.stored, 'requests the hub says it stored, over all its batches').toBe(saved.length);
    expect(audit.delivered).toBe(saved.length);
    expect(kills, 'Chromium killed mid-drain this many times').toHaveLength(KILLS);
  });
});
