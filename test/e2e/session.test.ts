import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../kit/axe.ts';
import { launchChromium } from '../kit/chromium.ts';
import { enrollCode, enrollElsewhere, ensureSpot, type TestSpot } from '../kit/enrollInBrowser.ts';
import { runHubCli, startHub } from '../kit/startHub.ts';

// A spot whose laptop locks after 2 s without input, so the idle lock can be seen in a test.
const SPOT: TestSpot = {
  id: 'solidario-lisboa',
  name: 'Solidário Lisboa',
  kind: 'solidarity',
  extra: ['--idle-lock', '2'],
};

/** The rows of one of the device's IndexedDB stores, read in the page (empty when the database is gone). */
function rows(page: Page, store: string): Promise<{ deviceId?: string }[]> {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'balcao')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('balcao');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains(name)) return [];
      return await new Promise<{ deviceId?: string }[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);
}

describe('enrollment, mediators, idle lock and revocation, in Chromium', () => {
  let hub: Awaited<ReturnType<typeof startHub>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;

  beforeAll(async () => {
    hub = await startHub({ appDir: inject('builds').v1 });
    await ensureSpot(hub.dataDir, SPOT);
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  const submitCode = async (code: string) => {
    await page.getByTestId('enroll-code').fill(code);
    await page.getByTestId('enroll-submit').click();
  };
  const refusal = async () => {
    const error = page.getByTestId('enroll-error');
    await error.waitFor();
    return { code: await error.getAttribute('data-code'), text: await error.innerText() };
  };

  it('asks a new device for an enrollment code, and says what is wrong with each bad one', async () => {
    await page.goto(hub.url);
    await page.getByTestId('enroll-code').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await submitCode('AAAA-BBBB-CCCC');
    const wrong = await refusal();
    expect(wrong.code).toBe('enroll-code-unknown');

    const shortLived = await enrollCode(hub.dataDir, SPOT, 0.0003);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await submitCode(shortLived);
    await expect.poll(async () => (await refusal()).code).toBe('enroll-code-expired');
    const expired = await refusal();

    const taken = await enrollCode(hub.dataDir, SPOT);
    expect((await enrollElsewhere(hub.url, taken)).status).toBe(200);
    await submitCode(taken);
    await expect.poll(async () => (await refusal()).code).toBe('enroll-code-used');
    const used = await refusal();

    // Three different messages, so the mediator knows whether to retype, or to ask for a new code.
    expect(new Set([wrong.text, expired.text, used.text]).size).toBe(3);
  });

  it('enrolls with a good code and shows the spot', async () => {
    await submitCode(await enrollCode(hub.dataDir, SPOT));
    await page.waitForSelector('html[data-ready="catalog"]');
    expect(await page.getByTestId('spot-name').innerText()).toContain('Solidário Lisboa');
  });

  it('creates a mediator, locks after the idle time, and unlocks with the passphrase', async () => {
    await page.getByTestId('session-unlock-open').click();
    await page.getByTestId('mediator-new').click();
    await page.getByTestId('mediator-name').fill('Ana Mediadora');
    await page.getByTestId('mediator-new-secret').fill('rio douro 2026');
    await page.getByTestId('mediator-new-confirm').fill('rio douro 2026');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('mediator-create').click();
    await expect.poll(() => page.getByTestId('session-mediator').innerText()).toContain('Ana Mediadora');

    // No input for longer than the spot's 2 s: the key is dropped and the header says so.
    await page.getByTestId('session-unlock-open').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('session-mediator').count()).toBe(0);

    await page.getByTestId('session-unlock-open').click();
    await page.getByTestId('mediator-choice').filter({ hasText: 'Ana Mediadora' }).click();
    await page.getByTestId('mediator-secret').fill('rio douro errado');
    await page.getByTestId('mediator-unlock').click();
    await expect.poll(() => page.getByTestId('unlock-message').innerText()).not.toBe('');
    await page.getByTestId('mediator-secret').fill('rio douro 2026');
    await page.getByTestId('mediator-unlock').click();
    await expect.poll(() => page.getByTestId('session-mediator').innerText()).toContain('Ana Mediadora');
  });

  it('wipes itself at its next contact after the coordinator revokes it, and says why', async () => {
    const devices = await runHubCli(['list-devices'], { dataDir: hub.dataDir });
    const ids = [...devices.stdout.matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)].map(
      (m) => m[0],
    );
    const ours = (await rows(page, 'device'))[0]?.deviceId;
    expect(ids).toContain(ours);
    const revoked = await runHubCli(['revoke-device', String(ours)], { dataDir: hub.dataDir });
    expect(revoked.code, revoked.stderr).toBe(0);

    await page.getByTestId('catalog-refresh').click();
    await page.getByTestId('device-revoked').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('enroll-code').isVisible()).toBe(true);
    // The keys went first, then everything else: no device, no mediator, no wrapped key is left.
    expect(await rows(page, 'device')).toEqual([]);
    expect(await rows(page, 'mediators')).toEqual([]);
  });
});
