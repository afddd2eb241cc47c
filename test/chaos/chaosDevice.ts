// The device of the chaos and crash tests: real Chromium with the app opened from `appUrl` (the fault
// proxy's address, so the page, its service worker and every call go through it), enrolled through the
// app's own screen, its requests completed by the harness in the page, and the app's own triggers for
// sending pulled from outside as a mediator or the browser would pull them.
import type { CDPSession, Page } from 'playwright-core';
import { OUTBOX_SYNC_TAG } from '../../src/db/outbox/outboxSyncTag.ts';
import { launchChromium } from '../kit/chromium.ts';
import { enrollInBrowser } from '../kit/enrollInBrowser.ts';
import type { ChaosHarness } from './harness/chaosHarness.ts';

export type Browser = Awaited<ReturnType<typeof launchChromium>>;

export const HARNESS_URL = '/assets/chaos-harness.js';

/** Opens the app at `appUrl` in `browser`'s first tab, up to its enrollment screen or its catalog. */
export async function openApp(browser: Browser, appUrl: string): Promise<Page> {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(appUrl);
  await page.waitForSelector('html[data-ready]');
  return page;
}

/** A fresh Chromium profile with the app enrolled in `hubDataDir`'s hub, its worker in control. */
export async function enrolledDevice(
  appUrl: string,
  hubDataDir: string,
  options: { keepProfile?: boolean } = {},
): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium({ keepProfile: options.keepProfile ?? false });
  const page = await openApp(browser, appUrl);
  await enrollInBrowser(page, hubDataDir);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { browser, page };
}

/** A document of the app's origin that runs none of the app: the web manifest, answered from the worker's precache. */
function harnessUrl(appUrl: string): string {
  return new URL('/manifest.webmanifest', appUrl).href;
}

/** A second tab for the harness (see harnessUrl), beside the app's, as a mediator's second tab completes a request. */
export async function harnessTab(browser: Browser, appUrl: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(harnessUrl(appUrl));
  return page;
}

/**
 * Completes `count` requests with the app closed in `page` (it runs the harness instead), then opens the
 * app again, up to its catalog; nothing asks for them to be sent. In bulk the app must be away: an open
 * app redraws its live views on every write, and each completion then costs ~35 ms at 1,000 requests
 * instead of ~5 ms. Answers their ids.
 */
export async function completeWithAppClosed(page: Page, appUrl: string, count: number): Promise<string[]> {
  await page.goto(harnessUrl(appUrl));
  const ids = await completeOnDevice(page, count, false);
  await page.goto(appUrl);
  await page.waitForSelector('html[data-ready="catalog"]');
  return ids;
}

/**
 * Completes `count` requests on the device through the harness (the app's completion code, in the page),
 * and, unless `trigger` is false, asks for them to be sent as completion does. Answers their ids.
 */
export async function completeOnDevice(page: Page, count: number, trigger = true): Promise<string[]> {
  // A string, so the test runner does not rewrite this `import()` into its own loader.
  await page.evaluate(`import(${JSON.stringify(HARNESS_URL)}).then(() => undefined)`);
  return page.evaluate(
    ([n, send]) => (globalThis as unknown as { balcaoChaos: ChaosHarness }).balcaoChaos.complete(n, { trigger: send }),
    [count, trigger] as const,
  );
}

/** The outbox page, from the header's badge, as the mediator opens it to press "Enviar agora". */
export async function openOutboxPage(page: Page): Promise<void> {
  await page.getByTestId('outbox-badge').getByRole('link').click();
  await page.getByTestId('outbox-page').waitFor();
}

/** Presses "Enviar agora" when it can be pressed (not while a drain runs); answers whether it did. */
export async function pressSendNow(page: Page): Promise<boolean> {
  const button = page.getByTestId('send-now');
  if (!(await button.isEnabled().catch(() => false))) return false;
  await button.click({ timeout: 2_000 }).catch(() => undefined);
  return true;
}

/** The window's `online` event, as the browser fires it when the network comes back. */
export async function fireOnline(page: Page): Promise<void> {
  await page.evaluate(() => dispatchEvent(new Event('online')));
}

/** Fires the outbox's Background Sync in the service worker through DevTools, as Chromium does when the link returns. */
export async function syncTrigger(browser: Browser, page: Page, appUrl: string): Promise<() => Promise<void>> {
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  const registrations = new Promise<{ registrationId: string; scopeURL: string }[]>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => resolve(event.registrations));
  });
  await cdp.send('ServiceWorker.enable');
  const id = (await registrations).find((r) => r.scopeURL === scope)?.registrationId;
  if (id === undefined) throw new Error(`no service worker registration for ${scope}`);
  return async () => {
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: new URL(appUrl).origin,
      registrationId: id,
      tag: OUTBOX_SYNC_TAG,
      lastChance: false,
    });
  };
}
