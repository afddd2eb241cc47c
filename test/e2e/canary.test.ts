import { lstat, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../kit/chromium.ts';
import { startHub } from '../kit/startHub.ts';

const CANARIES = ['Maria Canário', '123456789'];

/** Every file of a folder, depth first (sockets and links left out: Chromium keeps a few of those). */
async function files(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await files(path)));
    else if (entry.isFile() && (await lstat(path)).isFile()) found.push(path);
  }
  return found;
}

/** Where a canary stands in the profile, in UTF-8, UTF-16 (V8's two-byte strings) or Latin-1 (its one-byte ones). */
async function canaryHits(profile: string): Promise<string[]> {
  const needles = CANARIES.flatMap((text) =>
    (['utf8', 'utf16le', 'latin1'] as const).map((encoding) => ({
      text,
      encoding,
      bytes: Buffer.from(text, encoding),
    })),
  );
  const hits: string[] = [];
  for (const file of await files(profile)) {
    const content = await readFile(file);
    for (const needle of needles) {
      if (content.includes(needle.bytes))
        hits.push(`${needle.text} (${needle.encoding}) in ${file.slice(profile.length)}`);
    }
  }
  return hits;
}

/** Writes a draft and a sealed request with the canaries through Balcão's storage code, then closes Chromium. */
async function profileAfterWriting(plain: boolean): Promise<{ hits: string[] }> {
  const hub = await startHub({ appDir: inject('builds').canary });
  const browser = await launchChromium({ keepProfile: true });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(hub.url);
    await page.waitForSelector('html[data-ready="yes"]');
    const citizen = { name: CANARIES[0] ?? '', nif: CANARIES[1] ?? '' };
    await page.evaluate(
      ([person, off]) =>
        (globalThis as unknown as { writeCanaries: (c: typeof person, p: boolean) => Promise<void> }).writeCanaries(
          person,
          off,
        ),
      [citizen, plain] as const,
    );
  } finally {
    await browser.close();
    await hub.stop();
  }
  try {
    return { hits: await canaryHits(browser.profileDir) };
  } finally {
    await rm(browser.profileDir, { recursive: true, force: true });
  }
}

// RCM 41/2018: no personal data readable on the device. The whole Chromium profile (IndexedDB's LevelDB
// files and logs, Cache Storage, everything) is searched after the browser has closed.
describe('no citizen data lies readable on the laptop', () => {
  it('finds no canary anywhere in the profile after an encrypted draft, an encrypted photo and a sealed request in the outbox', async () => {
    expect((await profileAfterWriting(false)).hits).toEqual([]);
  });

  it('finds the canaries when the same records are written with encryption switched off', async () => {
    const { hits } = await profileAfterWriting(true);
    expect(hits.filter((hit) => hit.includes('/IndexedDB/')).length).toBeGreaterThan(0);
  });
});
