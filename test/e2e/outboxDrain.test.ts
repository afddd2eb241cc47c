import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { completeAssistedRequest, createMediatorInBrowser, storeRows } from '../kit/attendanceInBrowser.ts';
import { launchChromium } from '../kit/chromium.ts';
import { enrollInBrowser } from '../kit/enrollInBrowser.ts';
import { startPortalProxy } from '../kit/portalProxy.ts';
import { type RunningHub, startHub } from '../kit/startHub.ts';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
interface OutboxRow {
  id: string;
  localRef: string;
  state: string;
  sealed: string | null;
  hubRef: string | null;
  receipt: string | null;
}

/** The requests the hub stored, read from its SQLite file. */
function hubRequests(hub: RunningHub): { id: string; hub_ref: string }[] {
  const db = new Database(join(hub.dataDir, 'balcao.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id, hub_ref FROM requests ORDER BY id').all() as { id: string; hub_ref: string }[];
  } finally {
    db.close();
  }
}

async function delivered(page: Page): Promise<OutboxRow[]> {
  return (await storeRows<OutboxRow>(page, 'outbox')).filter((row) => row.state === 'delivered');
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

async function enrolledBrowser(hubUrl: string, hub: RunningHub, options: Parameters<typeof launchChromium>[0] = {}) {
  const browser: Browser = await launchChromium(options);
  cleanups.push(() => browser.close());
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(hubUrl);
  await enrollInBrowser(page, hub.dataDir);
  if (options.serviceWorkers !== 'block') await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await createMediatorInBrowser(page);
  return { browser, page };
}

describe('the outbox delivers every completed request exactly once, in Chromium, to the real hub', () => {
  it('with Background Sync: completed offline, the tab closed, delivered by the service worker when the network returns', async () => {
    const hub = await startHub({ appDir: inject('builds').v1 });
    cleanups.push(() => hub.stop());
    const { browser, page } = await enrolledBrowser(hub.url, hub);
    await browser.context.setOffline(true);
    const ref = await completeAssistedRequest(page);
    await expect.poll(() => page.getByTestId('outbox-badge').getAttribute('data-pending')).toBe('1');
    expect((await storeRows<OutboxRow>(page, 'outbox')).map((row) => row.state)).toEqual(['queued']);
    expect(hubRequests(hub)).toEqual([]);

    // No page is left to trigger anything: only the worker's pending sync can send it.
    const other = await browser.context.newPage();
    await other.goto('about:blank');
    await page.close();
    await browser.context.setOffline(false);
    await expect.poll(() => hubRequests(hub).length, { timeout: 30_000 }).toBe(1);

    const back = await browser.context.newPage();
    await back.goto(hub.url);
    await back.waitForSelector('html[data-ready="catalog"]');
    const [row] = await delivered(back);
    expect(row?.localRef).toBe(ref);
    expect(row?.sealed).toBeNull(); // purged on the signed receipt
    expect(row?.hubRef).toBe(hubRequests(hub)[0]?.hub_ref);
    expect(hubRequests(hub)[0]?.id).toBe(row?.id);
    await expect.poll(() => back.getByTestId('outbox-badge').getAttribute('data-pending')).toBe('0');
  });

  it('with CDP dispatchSyncEvent, and a second sync sends nothing twice', async () => {
    const hub = await startHub({ appDir: inject('builds').v1 });
    cleanups.push(() => hub.stop());
    const { browser, page } = await enrolledBrowser(hub.url, hub);
    await browser.context.setOffline(true);
    await completeAssistedRequest(page);
    await completeAssistedRequest(page, { name: 'Rui Pires', nif: '504426290' });
    await browser.context.setOffline(false);
    const cdp = await browser.context.newCDPSession(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    const registrations = new Promise<{ registrationId: string; scopeURL: string }[]>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => resolve(event.registrations));
    });
    await cdp.send('ServiceWorker.enable');
    const id = (await registrations).find((r) => r.scopeURL === scope)?.registrationId;
    expect(id).toBeDefined();
    for (let i = 0; i < 2; i += 1) {
      await cdp.send('ServiceWorker.dispatchSyncEvent', {
        origin: new URL(hub.url).origin,
        registrationId: id ?? '',
        tag: 'balcao-outbox',
        lastChance: false,
      });
    }
    await expect.poll(() => hubRequests(hub).length, { timeout: 30_000 }).toBe(2);
    await expect.poll(async () => (await delivered(page)).length).toBe(2);
    expect(hubRequests(hub)).toHaveLength(2);
  });

  it('without service workers: the page’s own triggers send it, on completion and when the network returns', async () => {
    const hub = await startHub({ appDir: inject('builds').v1 });
    cleanups.push(() => hub.stop());
    const { browser, page } = await enrolledBrowser(hub.url, hub, { serviceWorkers: 'block' });
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    await completeAssistedRequest(page);
    await expect.poll(async () => (await delivered(page)).length, { timeout: 30_000 }).toBe(1);

    // With no worker the app cannot even load offline: completed with the tab open, sent by its `online` trigger.
    await browser.context.setOffline(true);
    await completeAssistedRequest(page, { name: 'Rui Pires', nif: '504426290' });
    expect((await storeRows<OutboxRow>(page, 'outbox')).filter((row) => row.state !== 'delivered')).toHaveLength(1);
    await browser.context.setOffline(false);
    await expect.poll(async () => (await delivered(page)).length, { timeout: 30_000 }).toBe(2);
    expect(hubRequests(hub)).toHaveLength(2);
  });

  it('never takes a captive portal’s 200 text/html for a receipt, and delivers once the portal is gone', async () => {
    const hub = await startHub({ appDir: inject('builds').v1 });
    cleanups.push(() => hub.stop());
    const proxy = await startPortalProxy(hub.url);
    cleanups.push(() => proxy.stop());
    const { page } = await enrolledBrowser(proxy.url, hub);

    proxy.setPortal(true);
    await completeAssistedRequest(page);
    await page.getByTestId('outbox-badge').getByRole('link').click();
    await page.getByTestId('send-now').click();
    // The sender asked (a nonce to sign with, or the batch itself) and got the portal's page.
    const sending = (path: string) => path.startsWith('/api/nonce') || path.startsWith('/api/requests');
    await expect.poll(() => proxy.portalHits().some(sending), { timeout: 30_000 }).toBe(true);
    const [row] = await storeRows<OutboxRow>(page, 'outbox');
    expect(row?.state).not.toBe('delivered');
    expect(row?.sealed).not.toBeNull();
    expect(row?.receipt).toBeNull();
    expect(hubRequests(hub)).toEqual([]);

    proxy.setPortal(false);
    await page.getByTestId('send-now').click({ timeout: 60_000 });
    await expect.poll(async () => (await delivered(page)).length, { timeout: 30_000 }).toBe(1);
    expect(hubRequests(hub)).toHaveLength(1);
  });
});
