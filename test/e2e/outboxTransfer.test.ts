// The outbox to a file and back, in real Chromium with the real hub (issue 5, item 7): laptop A completes
// a request with no network and exports it; laptop B (another profile, the same spot) imports the file
// and delivers it; then A comes back online and sends the same request. The hub keeps one row, and both
// laptops show the request delivered with the same hub reference.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import {
  completeAssistedRequest,
  createMediatorInBrowser,
  expectAccessibleInBothLanguages,
  MEDIATOR,
  storeRows,
} from '../kit/attendanceInBrowser.ts';
import { canariesIn } from '../kit/canary.ts';
import { launchChromium } from '../kit/chromium.ts';
import { enrollInBrowser, VAN } from '../kit/enrollInBrowser.ts';
import { type RunningHub, startHub } from '../kit/startHub.ts';

const PASSPHRASE = 'a carrinha subiu a serra';
const CITIZEN = { name: 'Joana Lopes', nif: '123456789' };

interface OutboxRow {
  id: string;
  localRef: string;
  state: string;
  sealed: string | null;
  hubRef: string | null;
  receipt: string | null;
  boundDeviceId?: string;
}

function hubRequests(hub: RunningHub): { id: string; hub_ref: string; device_id: string; spot_id: string }[] {
  const db = new Database(join(hub.dataDir, 'balcao.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id, hub_ref, device_id, spot_id FROM requests ORDER BY id').all() as ReturnType<
      typeof hubRequests
    >;
  } finally {
    db.close();
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

async function laptop(hub: RunningHub) {
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(hub.url);
  await enrollInBrowser(page, hub.dataDir);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await createMediatorInBrowser(page);
  const [device] = await storeRows<{ deviceId: string }>(page, 'device');
  if (!device) throw new Error('the laptop has no device identity');
  return { browser, page, deviceId: device.deviceId };
}

async function openOutbox(page: Page): Promise<void> {
  await page.getByTestId('outbox-badge').getByRole('link').click();
  await page.getByTestId('outbox-transfer').waitFor();
}

const rowsOf = (page: Page) => storeRows<OutboxRow>(page, 'outbox');

/** The hub reference the page shows for the request, once it is listed as delivered. */
function shownHubRef(page: Page, id: string) {
  return page
    .getByTestId('outbox-group-delivered')
    .locator(`[data-testid="outbox-item"][data-request-id="${id}"]`)
    .getByTestId('outbox-hub-ref')
    .innerText({ timeout: 30_000 });
}

describe('an outbox file from one laptop of a spot to another', () => {
  it('A completes offline and exports; B imports and delivers; A sends it again: one row on the hub, one hub reference on both', async () => {
    const hub = await startHub({ appDir: inject('builds').v1 });
    cleanups.push(() => hub.stop());
    const downloads = await mkdtemp(join(tmpdir(), 'balcao-downloads-'));
    cleanups.push(() => rm(downloads, { recursive: true, force: true }));

    // Laptop A, on a hill with no network.
    const a = await laptop(hub);
    await a.browser.context.setOffline(true);
    const ref = await completeAssistedRequest(a.page, CITIZEN);
    const [request] = await rowsOf(a.page);
    expect(request?.state).toBe('queued');
    const requestId = request?.id ?? '';
    await openOutbox(a.page);

    // Typed twice, and too short the first time: said in the summary and beside each field.
    await a.page.getByTestId('export-passphrase').fill('serra');
    await a.page.getByTestId('export-confirm').fill('serra!');
    await a.page.getByTestId('export-submit').click();
    const exportError = a.page.getByTestId('export-error');
    await expect.poll(() => exportError.getAttribute('data-code')).toBe('passphrase-too-short confirm-differs');
    await expect
      .poll(() => a.page.locator('#export-passphrase-error').innerText())
      .toContain('pelo menos 8 caracteres');
    await expect.poll(() => a.page.locator('#export-confirm-error').innerText()).toContain('não são iguais');
    await expectAccessibleInBothLanguages(a.page, '/envios, the export refused');

    await a.page.getByTestId('export-passphrase').fill(PASSPHRASE);
    await a.page.getByTestId('export-confirm').fill(PASSPHRASE);
    await a.page.getByTestId('export-submit').click();
    const link = a.page.getByTestId('export-download');
    await link.waitFor({ timeout: 30_000 });
    expect(await a.page.getByTestId('export-ready').getAttribute('data-requests')).toBe('1');
    const downloading = a.page.waitForEvent('download');
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^balcao-envios-${VAN.id}-\\d{4}-\\d{2}-\\d{2}\\.balcao$`));
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = new Uint8Array(await readFile(file));
    // Nobody reads anything in it without the passphrase: not the citizen, not the mediator, not the request.
    expect(canariesIn(bytes, [CITIZEN.name, CITIZEN.nif, MEDIATOR.name, ref, requestId, a.deviceId, VAN.name])).toEqual(
      [],
    );
    await expectAccessibleInBothLanguages(a.page, '/envios, the export ready');
    expect(hubRequests(hub)).toEqual([]);

    // Laptop B, another profile enrolled at the same spot, online.
    const b = await laptop(hub);
    expect(b.deviceId).not.toBe(a.deviceId);
    await openOutbox(b.page);
    await b.page.getByTestId('import-file').setInputFiles(file);
    await b.page.getByTestId('import-passphrase').fill('a carrinha desceu a serra');
    await b.page.getByTestId('import-submit').click();
    await expect
      .poll(() => b.page.getByTestId('import-error').getAttribute('data-code'), { timeout: 30_000 })
      .toBe('wrong-passphrase');
    await expect.poll(() => b.page.locator('#import-passphrase-error').innerText()).toContain('não é a deste ficheiro');
    expect(await rowsOf(b.page)).toEqual([]);
    await expectAccessibleInBothLanguages(b.page, '/envios, the import refused');

    await b.page.getByTestId('import-passphrase').fill(PASSPHRASE);
    await b.page.getByTestId('import-submit').click();
    const result = b.page.getByTestId('import-result');
    await expect.poll(() => result.getAttribute('data-added'), { timeout: 30_000 }).toBe('1');
    expect(await result.innerText()).toContain('1 pedido novo importado.');
    const [imported] = await rowsOf(b.page);
    expect(imported).toMatchObject({ id: requestId, localRef: ref, boundDeviceId: a.deviceId });

    // B sends it at once: the hub stores it under A, the laptop that sealed it.
    await expect.poll(() => hubRequests(hub).length, { timeout: 30_000 }).toBe(1);
    const [stored] = hubRequests(hub);
    expect(stored).toMatchObject({ id: requestId, device_id: a.deviceId, spot_id: VAN.id });
    const hubRef = stored?.hub_ref ?? '';
    expect(await shownHubRef(b.page, requestId)).toBe(hubRef);

    // A second import of the file adds nothing.
    await b.page.getByTestId('import-passphrase').fill(PASSPHRASE);
    await b.page.getByTestId('import-submit').click();
    await expect.poll(() => result.getAttribute('data-added'), { timeout: 30_000 }).toBe('0');
    expect(await result.getAttribute('data-already')).toBe('1');
    expect(await result.innerText()).toContain('Nenhum pedido novo');

    // A comes down the hill: its own sender sends the same request, and gets the same receipt.
    await a.browser.context.setOffline(false);
    await expect.poll(async () => (await rowsOf(a.page))[0]?.state, { timeout: 60_000 }).toBe('delivered');
    expect(await shownHubRef(a.page, requestId)).toBe(hubRef);
    expect(hubRequests(hub)).toHaveLength(1);

    const [onA] = await rowsOf(a.page);
    const [onB] = await rowsOf(b.page);
    expect(onA).toMatchObject({ state: 'delivered', sealed: null, hubRef });
    expect(onB).toMatchObject({ state: 'delivered', sealed: null, hubRef });
    expect(onA?.receipt).toBe(onB?.receipt);
  });
});
