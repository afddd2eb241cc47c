// Takes the README's screenshots: enrollment, then the built app on a real hub, offline, searching
// "cartao cidadao", a service page, and an attendance: a form step with an error, the fee, the receipt.
// npx vite build && npx tsx scripts/screenshot.ts
import { createMediatorInBrowser, nextStep, openServiceFromSearch } from '../test/kit/attendanceInBrowser.ts';
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

  await createMediatorInBrowser(page);
  await openServiceFromSearch(page, 'revalidar carta', 'carta-revalidacao');
  await page.getByTestId('start-attendance').click();
  await page.getByTestId('attendance-priority-senior').check();
  await nextStep(page, 'service');
  await nextStep(page, 'checklist');
  for (const box of await page.locator('input[data-testid^="doc-"]').all()) await box.check();
  await nextStep(page, 'eligibility');
  await page.getByTestId('fact-birthDate').fill('1954-03-02');
  await page.getByTestId('fact-licenceIssuedOn').fill('1979-06-12');
  await nextStep(page, 'form-0');
  await page.getByTestId('field-full-name').fill('Maria da Conceição Fernandes');
  await page.getByTestId('field-nif').fill('123456780');
  await page.getByTestId('step-next').click();
  await page.getByTestId('form-errors').waitFor();
  await page.screenshot({ path: 'docs/attendance-form.png' });
  await page.getByTestId('field-nif').fill('123456789');
  await nextStep(page, 'form-1');
  await page.getByTestId('field-licence-number').fill('L-1234567');
  await page.getByTestId('field-medical-certificate-true').check();
  await nextStep(page, 'form-2');
  await page.getByTestId('field-address').fill('Rua do Castelo, 3');
  await page.getByTestId('field-postal-code').fill('5370-288');
  await page.getByTestId('field-locality').fill('Mirandela');
  await nextStep(page, 'identity');
  await page.getByTestId('identity-document-citizen-card').check();
  await page.getByTestId('identity-last4').fill('4ZX9');
  await nextStep(page, 'fee');
  await page.getByTestId('payment-method-cash').check();
  await page.screenshot({ path: 'docs/attendance-fee.png' });
  await nextStep(page, 'review');
  await page.getByTestId('consent').check();
  await page.getByTestId('complete').click();
  await page.getByTestId('saved-on-device').waitFor();
  await page.screenshot({ path: 'docs/receipt.png', fullPage: true });
} finally {
  await browser.close();
  await hub.stop();
}
