import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/kit/chromium.ts';
import { enrollInBrowser } from '../test/kit/enrollInBrowser.ts';
import { startHub } from '../test/kit/startHub.ts';
import type { BenchLine } from './BenchLine.ts';
import { median } from './median.ts';

const READY = 'html[data-ready="catalog"]';

/**
 * Offline cold start: a fresh Chromium process, with no network from its first instant, opens the
 * installed app and the time from navigation start to the catalog being interactive
 * (the `balcao:catalog-interactive` mark) is read. The first visit, online, installs the worker,
 * enrolls the device and downloads the catalog; it is not counted.
 */
async function coldStarts(appDir: string, loads: number, enroll: boolean): Promise<number[]> {
  const hub = await startHub({ appDir });
  const profile = await mkdtemp(join(tmpdir(), 'balcao-bench-'));
  try {
    const first = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(hub.url);
    if (enroll) await enrollInBrowser(page, hub.dataDir);
    await page.waitForSelector(READY);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await first.close();

    const times: number[] = [];
    for (let i = 0; i < loads; i += 1) {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
        offline: true,
      });
      const tab = context.pages()[0] ?? (await context.newPage());
      await tab.goto(hub.url);
      await tab.waitForSelector(READY);
      times.push(
        await tab.evaluate(
          () => performance.getEntriesByName('balcao:catalog-interactive')[0]?.startTime ?? Number.NaN,
        ),
      );
      await context.close();
    }
    return times;
  } finally {
    await hub.stop();
    await rm(profile, { recursive: true, force: true });
  }
}

export async function benchColdStart(appDir: string, baselineDir: string, loads = 12): Promise<BenchLine> {
  // Interleaving would share one hub; run them one after the other, each on its own hub and profile.
  const app = median(await coldStarts(appDir, loads, true));
  const baseline = median(await coldStarts(baselineDir, loads, false));
  return {
    bench: 'offline-cold-start',
    value: Math.round(app * 10) / 10,
    unit: 'ms',
    baseline: 'minimal-preact-page',
    baselineValue: Math.round(baseline * 10) / 10,
    ratio: app / baseline,
  };
}
