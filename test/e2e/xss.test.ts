import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../kit/chromium.ts';
import { enrollInBrowser } from '../kit/enrollInBrowser.ts';
import { runHubCli, startHub } from '../kit/startHub.ts';

const SEED = join(import.meta.dirname, '../../server/seed/catalog.json');
const PAYLOAD = ' <img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

/** Every text a person reads — each `{ pt, en }` pair: names, descriptions, keywords, documents, fees, guides — with the payload added. */
function poisoned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(poisoned);
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort().join();
  if (keys === 'en,pt') {
    const add = (text: unknown) =>
      Array.isArray(text) ? text.map((word) => `${word}${PAYLOAD}`) : `${String(text)}${PAYLOAD}`;
    return { pt: add(record.pt), en: add(record.en) };
  }
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, poisoned(inner)]));
}

// Catalog text comes from coordinators' files and could carry markup, by mistake or not: it must
// always show as text, and the page's CSP must never have to block anything.
describe('catalog text is never markup', () => {
  let hub: Awaited<ReturnType<typeof startHub>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'balcao-xss-'));
    const file = join(dir, 'catalog.json');
    await writeFile(file, JSON.stringify(poisoned(JSON.parse(await readFile(SEED, 'utf8')))));
    hub = await startHub({ appDir: inject('builds').v1 });
    const imported = await runHubCli(['import-catalog', file], { dataDir: hub.dataDir });
    expect(imported.code, imported.stderr).toBe(0);
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    });
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const state = () =>
    page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      violations: (window as unknown as { cspViolations: string[] }).cspViolations,
      injected: document.querySelectorAll('img[src="x"], main script').length,
    }));

  it('shows markup in names, fees, documents and guides as text, and nothing runs', async () => {
    await page.goto(hub.url);
    await enrollInBrowser(page, hub.dataDir);
    await page.getByTestId('search-input').fill('carta');
    const results = page.getByTestId('search-results').getByRole('link');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    expect(await results.first().innerText()).toContain('<img src=x');

    await results.first().click();
    await page.getByTestId('service-page').waitFor();
    const text = await page.getByTestId('service-page').innerText();
    expect(text).toContain('<script>window.__xss=2</script>');
    await page.getByTestId('service-page').getByRole('link').first().click();
    await page.waitForSelector('html[data-ready="catalog"]');

    expect(await state()).toEqual({ xss: null, violations: [], injected: 0 });
  });

  it('refuses, through Trusted Types, any string that would become HTML', async () => {
    const outcome = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>not allowed</b>');
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcome).toBe('TypeError');
  });
});
