import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

// Debian's Chromium (no browser download works here), with the flags that keep it off the closed network.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A fresh Chromium profile (its own user-data dir), closed and removed by `close()`; `keepProfile`
 * leaves the folder for the caller to read (and remove) after the browser is gone.
 */
export async function launchChromium(
  options: {
    viewport?: { width: number; height: number };
    keepProfile?: boolean;
    /** Opens this profile again (after a crash, say) instead of a fresh one. */
    profileDir?: string;
    /** `block`: a browser without service workers (the page's own triggers must do everything). */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<{
  context: BrowserContext;
  profileDir: string;
  close: () => Promise<void>;
}> {
  const dir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'balcao-chromium-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'pt-PT',
    timezoneId: 'Europe/Lisbon',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  return {
    context,
    profileDir: dir,
    async close() {
      await context.close();
      if (!options.keepProfile) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Kills every Chromium process of a profile with SIGKILL, as a power cut or a crash would: nothing gets
 * to flush or say goodbye. Answers once they are gone.
 */
export async function killChromium(profileDir: string): Promise<void> {
  const { execFileSync } = await import('node:child_process');
  const pids = () => {
    try {
      return execFileSync('pgrep', ['-f', '--', `--user-data-dir=${profileDir}`], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean);
    } catch {
      return []; // pgrep exits 1 when nothing matches
    }
  };
  const found = pids();
  if (found.length === 0) throw new Error(`no Chromium runs with profile ${profileDir}`);
  for (const pid of found) {
    try {
      process.kill(Number(pid), 'SIGKILL');
    } catch {
      // gone already
    }
  }
  for (let i = 0; i < 100 && pids().length > 0; i += 1) await new Promise((r) => setTimeout(r, 50));
}
