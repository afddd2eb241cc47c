// Takes the README's screenshots: enrollment, then the built app on a real hub, offline, searching
// "cartao cidadao", and a service page.
// npx vite build && npx tsx scripts/screenshot.ts
import { launchChromium } from '../test/kit/chromium.ts';
import { enrollInBrowser } from '../test/kit/enrollInBrowser.ts';
import { startHub } from '../test/kit/startHub.ts';

const hub = await startHub({ appDir: 'dist' });
const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
try {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(hub.url);
  await page.getByTestId('enroll-code').waitFor();
  await page.screenshot({ path: 'docs/enroll.png' });
  await enrollInBrowser(page, hub.dataDir);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await browser.context.setOffline(true);
  await page.reload();
  await page.waitForSelector('html[data-ready="catalog"]');
  await page.getByTestId('search-input').fill('cartao cidadao');
  await page.getByTestId('search-results').getByRole('link').first().waitFor();
  await page.screenshot({ path: 'docs/catalog.png' });
  await page.getByTestId('search-results').getByRole('link').filter({ hasText: 'Renovação do Cartão' }).first().click();
  await page.getByTestId('service-page').waitFor();
  await page.screenshot({ path: 'docs/service.png', fullPage: false });
} finally {
  await browser.close();
  await hub.stop();
}
