// drain-1000-3g (issue 5): 1,000 completed requests delivered through a thin link (300 ms round trip,
// 1 Mbit/s up, bench/linkShaper.ts) from the real Chromium to the real hub, by the app's own sender, and
// beside it by workbox-background-sync's Queue replaying the same kind of requests one POST each, in the
// same browser. The hub serves the bench page (bench/drain/) through the link, so every call the page or
// its worker makes crosses it; the shaper counts the bytes, the page and the worker time the runs, and
// the hub's own database says that each request was stored with a receipt.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { launchChromium } from '../test/kit/chromium.ts';
import { enrollCode } from '../test/kit/enrollInBrowser.ts';
import { type RunningHub, startHub } from '../test/kit/startHub.ts';
import type { BenchLine } from './BenchLine.ts';
import type { DrainBench } from './drain/DrainBench.ts';
import { type LinkCounts, startLinkShaper } from './linkShaper.ts';

const REQUESTS = 1000;
const RTT_MS = 300;
const UP_BITS_PER_SECOND = 1_000_000;
/**
 * Workbox replays one request a round trip: 1,000 of them take more than five minutes on this link, so
 * it replays a sample and its figures are scaled to 1,000. Each call's nonce lives five minutes on the
 * hub (NONCE_TTL_MS) and the nonces are fetched before the replay: keep the sample's replay within that.
 */
const WORKBOX_SAMPLE = Number(process.env.BENCH_DRAIN_SAMPLE ?? 100);

/** The hub's stored requests among `ids` that carry their receipt. */
function receipted(hub: RunningHub, ids: readonly string[]): number {
  const db = new Database(join(hub.dataDir, 'balcao.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        'SELECT COUNT(*) AS n FROM requests WHERE receipt IS NOT NULL AND id IN (SELECT value FROM json_each(?))',
      )
      .get(JSON.stringify(ids)) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

/** The end of the hub's log, where a refusal says why. */
function lastLines(log: string): string {
  return log.trimEnd().split('\n').slice(-20).join('\n');
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function wire(counts: LinkCounts): number {
  return counts.upBytes + counts.downBytes;
}

/**
 * `drain-1000-3g-ms` and `drain-1000-3g-bytes` beside the Workbox queue, and `drain-1000-3g-vs-floor`
 * beside what the link allows at best; `pageDir` is the built bench page (bench/drain/vite.config.ts).
 */
export async function benchDrain(pageDir: string): Promise<BenchLine[]> {
  if (!(WORKBOX_SAMPLE >= 1 && WORKBOX_SAMPLE <= REQUESTS)) throw new Error('BENCH_DRAIN_SAMPLE: 1 to 1000');
  const hub = await startHub({ appDir: pageDir });
  const link = await startLinkShaper({ target: hub.url, rttMs: RTT_MS, upBitsPerSecond: UP_BITS_PER_SECOND });
  const chromium = await launchChromium();
  try {
    const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    const failures: Error[] = [];
    page.on('pageerror', (error) => failures.push(error));
    await page.goto(link.url);
    await page.waitForSelector('html[data-ready="bench"]');
    const bench = <K extends keyof DrainBench>(which: K, ...args: Parameters<DrainBench[K]>) =>
      page.evaluate(
        ([which, args]) => {
          const bench = window.balcaoDrainBench;
          if (!bench) throw new Error('the bench page did not load');
          return (bench[which] as (...a: unknown[]) => unknown)(...args);
        },
        [which, args] as const,
      ) as Promise<Awaited<ReturnType<DrainBench[K]>>>;

    await bench('enroll', await enrollCode(hub.dataDir));
    const app = await bench('seed', 'app', REQUESTS);
    const workbox = await bench('seed', 'workbox', WORKBOX_SAMPLE);

    link.reset();
    const drained = await bench('drain');
    const appLink = link.counts();
    const { outcome } = drained;
    if (outcome.outcome !== 'done' || outcome.delivered !== REQUESTS) {
      throw new Error(
        `the app's drain did not deliver all ${REQUESTS}: ${JSON.stringify(outcome)}\n${lastLines(hub.logs())}`,
      );
    }

    const queued = await bench('queueInWorkbox');
    if (queued !== WORKBOX_SAMPLE) throw new Error(`the Workbox queue holds ${queued}, not ${WORKBOX_SAMPLE}`);
    link.reset();
    const replay = await bench('replayInWorkbox');
    const workboxLink = link.counts();
    if (replay.left !== 0) throw new Error(`the Workbox queue kept ${replay.left} requests after its replay`);
    if (failures.length > 0) throw new AggregateError(failures, 'the bench page failed');

    // Workbox takes any answer for success; the hub's own rows say whether each request got there.
    for (const [who, ids] of [
      ['the app', app.ids],
      ['the Workbox queue', workbox.ids],
    ] as const) {
      const stored = receipted(hub, ids);
      if (stored !== ids.length) throw new Error(`the hub holds ${stored} of ${ids.length} requests from ${who}`);
    }

    const scale = REQUESTS / WORKBOX_SAMPLE;
    const workboxMs = replay.ms * scale;
    const workboxBytes = wire(workboxLink) * scale;
    const roundTrips = appLink.exchanges + appLink.handshakes;
    const floorMs = (appLink.upBytes * 8_000) / UP_BITS_PER_SECOND + roundTrips * RTT_MS;
    const sampled = WORKBOX_SAMPLE === REQUESTS ? '' : `, ${WORKBOX_SAMPLE} of ${REQUESTS} replayed ×${scale}`;
    const baseline = `workbox-background-sync Queue, one POST each${sampled}`;

    // What was measured goes to stderr, so that stdout stays one JSON line a figure.
    console.error(
      `drain: ${REQUESTS} requests (${app.payloadBytes} bytes of JSON, ${app.sealedBytes} sealed, each) over ` +
        `${RTT_MS} ms RTT and ${UP_BITS_PER_SECOND / 1e6} Mbit/s up; the app: ${outcome.calls} batches, ` +
        `${appLink.exchanges} exchanges and ${appLink.handshakes} handshakes, ${kb(appLink.upBytes)} up, ` +
        `${kb(appLink.downBytes)} down, ${Math.round(drained.ms)} ms`,
    );
    console.error(
      `drain: the Workbox queue replayed ${WORKBOX_SAMPLE}${sampled ? ` of the ${REQUESTS}, its time and bytes scaled ×${scale}` : ''}: ` +
        `${Math.round(replay.ms)} ms, ${kb(workboxLink.upBytes)} up, ${kb(workboxLink.downBytes)} down, ` +
        `${workboxLink.exchanges} exchanges; its nonces were fetched before the replay, untimed and uncounted ` +
        '(a real queue would need one more round trip a request)',
    );
    console.error(
      `drain: the app is ${(workboxMs / drained.ms).toFixed(1)}× faster than the Workbox queue (target ≥ 20×), ` +
        `${((100 * wire(appLink)) / workboxBytes).toFixed(0)}% of its bytes (target ≤ 40%), ` +
        `${(drained.ms / floorMs).toFixed(2)}× the link's floor (target ≤ 1.5×)`,
    );
    return [
      {
        bench: 'drain-1000-3g-ms',
        value: Math.round(drained.ms),
        unit: 'ms',
        baseline,
        baselineValue: Math.round(workboxMs),
        ratio: drained.ms / workboxMs,
      },
      {
        bench: 'drain-1000-3g-bytes',
        value: wire(appLink),
        unit: 'bytes',
        baseline,
        baselineValue: Math.round(workboxBytes),
        ratio: wire(appLink) / workboxBytes,
      },
      {
        bench: 'drain-1000-3g-vs-floor',
        value: Math.round(drained.ms),
        unit: 'ms',
        baseline: `link floor: ${appLink.upBytes} bytes up at 1 Mbit/s + ${roundTrips} round trips × ${RTT_MS} ms`,
        baselineValue: Math.round(floorMs),
        ratio: drained.ms / floorMs,
      },
    ];
  } finally {
    await chromium.close();
    await link.close();
    await hub.stop();
  }
}
