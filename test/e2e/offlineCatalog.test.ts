import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CatalogFile } from '../../src/core/catalog/catalogSchema.ts';
import { axeViolations } from '../kit/axe.ts';
import { launchChromium } from '../kit/chromium.ts';
import { enrollInBrowser } from '../kit/enrollInBrowser.ts';
import { runHubCli, startHub } from '../kit/startHub.ts';

// One mediator's laptop through the foundation's whole story, in order: first visit online, then no
// network at all, then the network back with a catalog change, then a new version of the app.
describe('the app offline, the catalog and updates, in Chromium', () => {
  const builds = inject('builds');
  let appDir: string;
  let hub: Awaited<ReturnType<typeof startHub>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    appDir = await mkdtemp(join(tmpdir(), 'balcao-app-'));
    await cp(builds.v1, appDir, { recursive: true });
    hub = await startHub({ appDir });
    browser = await launchChromium();
    context = browser.context;
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    if (appDir) await rm(appDir, { recursive: true, force: true });
  });

  const ready = () => page.waitForSelector('html[data-ready="catalog"]');
  const catalogVersion = async () =>
    Number((await page.getByTestId('catalog-version').innerText()).match(/\d+/)?.[0] ?? Number.NaN);

  it('installs the service worker on a first visit online, and is installable', async () => {
    await page.goto(hub.url);
    await enrollInBrowser(page, hub.dataDir);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await catalogVersion()).toBeGreaterThan(0);

    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { data?: string; errors: unknown[] };
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ lang: 'pt-PT', short_name: 'Balcão' });
  });

  it('opens with no network, finds the Citizen Card services and shows one with its fee and documents', async () => {
    await context.setOffline(true);
    await page.reload();
    await ready();

    await page.getByTestId('search-input').fill('cartao cidadao');
    const results = page.getByTestId('search-results').getByRole('link');
    await expect.poll(() => results.count()).toBeGreaterThan(2);
    const names = await results.allInnerTexts();
    for (const name of names.slice(0, 3)) expect(name).toMatch(/Cartão de Cidadão/);
    expect(await axeViolations(page)).toEqual([]);

    await results.filter({ hasText: 'Renovação do Cartão de Cidadão' }).first().click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toMatch(/Renovação do Cartão de Cidadão/);
    expect(await page.getByTestId('service-fees').innerText()).toMatch(/18,00\s€/);
    expect(await page.getByTestId('service-documents').getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches to English and back, every part of the page in the chosen language', async () => {
    await page.getByTestId('locale-en').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Citizen Card renewal/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('service-fees').innerText()).toMatch(/€18\.00/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('locale-pt').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('pt-PT');
  });

  it('keeps the saved catalog when the hub cannot be reached, and says when it was refreshed', async () => {
    const before = await catalogVersion();
    await page.getByTestId('catalog-refresh').click();
    const status = page.getByTestId('catalog-status');
    await expect.poll(() => status.innerText()).toMatch(/Sem ligação/);
    expect(await page.getByTestId('catalog-refreshed-at').innerText()).not.toBe('');
    expect(await catalogVersion()).toBe(before);
  });

  it('shows a catalog change imported on the hub after a refresh, without reloading the page', async () => {
    await context.setOffline(false);
    const before = await catalogVersion();
    await page.evaluate(() => {
      (window as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true;
    });

    const exported = await runHubCli(['export-catalog'], { dataDir: hub.dataDir });
    expect(exported.code).toBe(0);
    const catalog = JSON.parse(exported.stdout) as CatalogFile;
    const card = catalog.services.find((s) => s.id === 'cc-renovacao');
    if (!card) throw new Error('the seed has no cc-renovacao');
    card.name.pt = 'Renovação do Cartão de Cidadão (catálogo novo)';
    const file = join(appDir, '..', `catalog-${Date.now()}.json`);
    await writeFile(file, JSON.stringify(catalog));
    const imported = await runHubCli(['import-catalog', file], { dataDir: hub.dataDir });
    await rm(file);
    expect(imported.code, imported.stderr).toBe(0);

    await page.getByTestId('catalog-refresh').click();
    await expect.poll(catalogVersion).toBe(before + 1);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/catálogo novo/);
    expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(
      true,
    );
  });

  it('asks before updating to a new version, and runs the new version once accepted', async () => {
    expect(await page.getByTestId('app-build').innerText()).toContain('e2e-v1');
    await rm(appDir, { recursive: true, force: true });
    await cp(builds.v2, appDir, { recursive: true });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const prompt = page.getByTestId('update-prompt');
    await prompt.waitFor({ state: 'visible' });
    // Nothing reloads by itself: the old version keeps running until the mediator chooses.
    expect(await page.getByTestId('app-build').innerText()).toContain('e2e-v1');
    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-accept').click()]);
    await ready();
    await expect.poll(() => page.getByTestId('app-build').innerText()).toContain('e2e-v2');
  });
});
