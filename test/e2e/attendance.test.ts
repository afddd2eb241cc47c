import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createMediatorInBrowser,
  currentStep,
  databaseText,
  expectAccessibleInBothLanguages,
  nextStep,
  openServiceFromSearch,
  storeRows,
  unlockInBrowser,
} from '../kit/attendanceInBrowser.ts';
import { CANARY_NAME, CANARY_NIF } from '../kit/canary.ts';
import { killChromium, launchChromium } from '../kit/chromium.ts';
import { enrollInBrowser } from '../kit/enrollInBrowser.ts';
import { pdfText } from '../kit/pdfText.ts';
import { startHub } from '../kit/startHub.ts';

/** The day `years` years and 40 days before today: a citizen who turned `years` a little over a month ago. */
function bornYearsAgo(years: number): string {
  const today = new Date();
  const day = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate() - 40));
  return day.toISOString().slice(0, 10);
}

const OFFLINE_NAV = { waitUntil: 'domcontentloaded' } as const;

describe('an attendance in Chromium, offline from start to end', () => {
  let hub: Awaited<ReturnType<typeof startHub>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    hub = await startHub({ appDir: inject('builds').v1 });
    browser = await launchChromium();
    context = browser.context;
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(hub.url);
    await enrollInBrowser(page, hub.dataDir);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('revalidates the driving licence of a 72-year-old: checklist, NIF refused then taken, €15.00 split, receipt on paper', async () => {
    await context.setOffline(true);
    await page.reload(OFFLINE_NAV);
    await page.waitForSelector('html[data-ready="catalog"]');
    await createMediatorInBrowser(page);

    await openServiceFromSearch(page, 'revalidar carta', 'carta-revalidacao');
    await page.getByTestId('start-attendance').click();
    await expect.poll(() => currentStep(page)).toBe('start');
    await expectAccessibleInBothLanguages(page, 'priority');
    await page.getByTestId('attendance-priority-senior').check();
    await nextStep(page, 'service');
    await expectAccessibleInBothLanguages(page, 'service');
    await nextStep(page, 'checklist');

    // The checklist: nothing ticked is refused with what is missing, then every document is shown.
    await page.getByTestId('step-next').click();
    await expect.poll(() => page.getByTestId('step-errors').innerText()).toContain('Falta');
    expect(await page.getByTestId('checklist-missing').isVisible()).toBe(true);
    await expectAccessibleInBothLanguages(page, 'checklist with a missing document');
    for (const box of await page.locator('input[data-testid^="doc-"]').all()) await box.check();
    await nextStep(page, 'eligibility');

    const birthDate = bornYearsAgo(72);
    await page.getByTestId('fact-birthDate').fill(birthDate);
    await page.getByTestId('fact-licenceIssuedOn').fill('1979-06-12');
    await expect.poll(() => page.getByTestId('eligibility-verdict').innerText()).toContain('metade da taxa');
    await expectAccessibleInBothLanguages(page, 'eligibility');
    await nextStep(page, 'form-0');

    // The holder: an invalid NIF is refused beside the field and in the summary, with how to fix it.
    expect(await page.getByTestId('field-birth-date').inputValue()).toBe(birthDate);
    await page.getByTestId('field-full-name').fill(CANARY_NAME);
    await page.getByTestId('field-nif').fill('123456780');
    await page.getByTestId('step-next').click();
    const summary = page.getByTestId('form-errors');
    await expect.poll(() => summary.innerText()).toMatch(/NIF/);
    expect(await page.locator('#field-nif-error').innerText()).toMatch(/NIF/);
    expect(await page.getByTestId('field-nif').getAttribute('aria-invalid')).toBe('true');
    expect(await currentStep(page)).toBe('form-0');
    await expectAccessibleInBothLanguages(page, 'form step with an invalid NIF');
    await page.getByTestId('field-nif').fill(CANARY_NIF);
    await nextStep(page, 'form-1');

    await page.getByTestId('field-licence-number').fill('L-1234567');
    await page.getByTestId('field-medical-certificate-true').check();
    // A professional driver: the psychological certificate is asked for, as a photo, shrunk and encrypted.
    await page.getByTestId('field-group-two-true').check();
    const photo = await page.evaluate(async () => {
      const canvas = new OffscreenCanvas(3000, 4000);
      const ink = canvas.getContext('2d');
      if (!ink) throw new Error('no 2d context');
      ink.fillStyle = '#fff';
      ink.fillRect(0, 0, 3000, 4000);
      ink.fillStyle = '#123';
      for (let y = 0; y < 4000; y += 40) ink.fillRect(200, y, 2600, 12);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    });
    await page.getByTestId('field-psychological-certificate').setInputFiles({
      name: 'atestado-psicologico.png',
      mimeType: 'image/png',
      buffer: Buffer.from(photo),
    });
    await expect.poll(() => page.getByTestId('field-psychological-certificate-attachment').count()).toBe(1);
    const [image] = await storeRows<{ type: string; bytes: number }>(page, 'attachments');
    expect(image?.type).toMatch(/^image\/(webp|jpeg)$/);
    expect(image?.bytes).toBeLessThan(photo.length);
    await expectAccessibleInBothLanguages(page, 'licence step with an attachment');
    await nextStep(page, 'form-2');
    await page.getByTestId('field-address').fill('Rua do Castelo, 3');
    await page.getByTestId('field-postal-code').fill('5370-288');
    await page.getByTestId('field-locality').fill('Mirandela');
    await expectAccessibleInBothLanguages(page, 'contacts step');
    await nextStep(page, 'identity');

    await page.getByTestId('identity-document-citizen-card').check();
    await page.getByTestId('identity-last4').fill('4zx9');
    expect(await page.getByTestId('identity-last4').inputValue()).toBe('4ZX9');
    await expectAccessibleInBothLanguages(page, 'identity');
    await nextStep(page, 'fee');

    // Half of €30 at 72, split 90 / 3.5 / 6.5 % in whole cents that add up to the fee.
    const fee = page.getByTestId('fee-amount');
    expect(await fee.getAttribute('data-cents')).toBe('1500');
    expect(await fee.innerText()).toContain('15,00');
    const parts = await page
      .locator('tr[data-testid^="fee-split-"]')
      .evaluateAll((rows) =>
        rows.map((row) => [row.getAttribute('data-testid'), Number(row.getAttribute('data-cents'))] as const),
      );
    expect(parts).toEqual([
      ['fee-split-imt', 1350],
      ['fee-split-arte', 53],
      ['fee-split-autarquia', 97],
    ]);
    await page.getByTestId('step-next').click();
    await expect.poll(() => page.getByTestId('step-errors').innerText()).toContain('pagou');
    await page.getByTestId('payment-method-cash').check();
    await expectAccessibleInBothLanguages(page, 'fee and payment');
    await nextStep(page, 'review');

    expect(await page.getByTestId('answer-nif').innerText()).toContain(CANARY_NIF);
    expect(await page.getByTestId('review-fee').innerText()).toContain('Numerário');
    await page.getByTestId('complete').click();
    await expect.poll(() => page.getByTestId('step-errors').innerText()).toContain('consentimento');
    await expectAccessibleInBothLanguages(page, 'review without consent');
    await page.getByTestId('consent').check();
    await page.getByTestId('complete').click();

    // "Guardado no dispositivo" once the outbox row is written, with the receipt and its pending notice.
    await page.getByTestId('saved-on-device').waitFor();
    const rows = await storeRows<{
      id: string;
      state: string;
      localRef: string;
      sealed: string;
      attachmentIds: string[];
    }>(page, 'outbox');
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.state).toBe('queued');
    expect(row?.attachmentIds).toHaveLength(1);
    const attachments = await storeRows<{ requestId: string | null }>(page, 'attachments');
    expect(attachments.map((a) => a.requestId)).toEqual([row?.id]);
    expect(row?.sealed.split('.')).toHaveLength(5);
    const ref = await page.getByTestId('receipt-ref').innerText();
    expect(ref).toContain(row?.localRef);
    expect(await page.getByTestId('receipt-fee').innerText()).toContain('15,00');
    expect(await page.getByTestId('receipt-pending').innerText()).toContain(
      'Pendente de envio — só é definitivo depois de enviado',
    );
    await expectAccessibleInBothLanguages(page, 'completed request with its receipt');

    const a4 = await pdfText(await page.pdf({ preferCSSPageSize: true }));
    const printed = a4.pages.join('\n');
    expect(printed).toContain(row?.localRef);
    expect(printed).toContain('Pendente de envio');
    expect(printed).toContain('15,00');
    expect(printed).not.toContain('Seguinte'); // only the receipt prints, not the screen around it
    expect(Math.round(a4.pageSizes[0]?.width ?? 0)).toBe(595); // A4, in points
    await page.getByTestId('receipt-paper-80mm').check();
    const roll = await pdfText(await page.pdf({ preferCSSPageSize: true }));
    expect(roll.pages.join('\n')).toContain(row?.localRef);
    expect(Math.round(roll.pageSizes[0]?.width ?? 0)).toBe(227); // 80 mm

    // Nothing the citizen said lies in the device's database in plaintext; the attendance is logged anonymously.
    const stored = await databaseText(page);
    expect(stored).not.toContain(CANARY_NIF);
    expect(stored).not.toContain(CANARY_NAME);
    const log = await storeRows<{ outcome: string; priority: string; requestId: string }>(page, 'attendances');
    expect(log).toEqual([expect.objectContaining({ outcome: 'completed', priority: 'senior', requestId: row?.id })]);
    expect(await storeRows(page, 'drafts')).toEqual([]);

    // After a reload, still offline: the request is in the outbox, read-only.
    await page.reload(OFFLINE_NAV);
    await page.getByTestId('request-page').waitFor();
    expect(await page.getByTestId('request-page').getAttribute('data-state')).toBe('queued');
    expect(await page.getByTestId('saved-on-device').count()).toBe(0);
    expect(await page.getByTestId('receipt-pending').isVisible()).toBe(true);
    expect(await page.getByTestId('request-page').getByRole('textbox').count()).toBe(0);
    expect(await page.getByTestId('request-read-only').innerText()).toContain('já não se altera');
    await page.getByTestId('nav-attendances').click();
    await expect.poll(() => page.getByTestId('request-item').count()).toBe(1);
    expect(await page.getByTestId('request-item').getAttribute('data-state')).toBe('queued');
    await expectAccessibleInBothLanguages(page, 'attendances');

    // Correcting it is a new attendance of the same service that names the request it replaces.
    await unlockInBrowser(page);
    await page.getByTestId('nav-attendances').click();
    await page.getByTestId('request-link').click();
    await page.getByTestId('request-correct').click();
    await expect.poll(() => currentStep(page)).toBe('start');
    await nextStep(page, 'service');
    expect(await page.getByTestId('choose-service-carta-revalidacao').getAttribute('aria-pressed')).toBe('true');
    expect(await storeRows(page, 'outbox')).toHaveLength(1);

    // Back in coverage: the photo is uploaded (resumably), then the request; the hub's receipt comes back.
    await context.setOffline(false);
    await expect
      .poll(async () => (await storeRows<{ state: string }>(page, 'outbox')).map((r) => r.state), { timeout: 60_000 })
      .toEqual(['delivered']);
    expect(await storeRows(page, 'attachments')).toEqual([]); // purged with the sealed request
    await page.getByTestId('nav-attendances').click();
    await page.getByTestId('request-link').click();
    await page.getByTestId('receipt-hub-ref').waitFor();
    expect(await page.getByTestId('receipt-pending').count()).toBe(0);
    expect(await page.getByTestId('receipt-hub-ref').innerText()).toMatch(/H-\d{4}-\d{6}/);
  });
});

describe('a draft survives the browser being killed mid-form', () => {
  let hub: Awaited<ReturnType<typeof startHub>>;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;

  beforeAll(async () => {
    hub = await startHub({ appDir: inject('builds').v1 });
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await hub?.stop();
  });

  it('resumes with every field after Chromium is killed and opened again', async () => {
    const first = await launchChromium({ keepProfile: true });
    const page = first.context.pages()[0] ?? (await first.context.newPage());
    await page.goto(hub.url);
    await enrollInBrowser(page, hub.dataDir);
    await createMediatorInBrowser(page);
    await openServiceFromSearch(page, 'revalidar carta', 'carta-revalidacao');
    await page.getByTestId('start-attendance').click();
    await nextStep(page, 'service');
    await nextStep(page, 'checklist');
    for (const box of await page.locator('input[data-testid^="doc-"]').all()) await box.check();
    await nextStep(page, 'eligibility');
    await nextStep(page, 'form-0');
    await page.getByTestId('field-full-name').fill('Joaquim Teixeira');
    await page.getByTestId('field-nif').fill('123456789');
    await page.getByTestId('field-birth-date').fill('1951-02-20');
    await nextStep(page, 'form-1');
    await page.getByTestId('field-licence-number').fill('P-998877');
    await page.getByTestId('field-medical-certificate-false').check();
    await expect.poll(() => page.getByTestId('draft-status').getAttribute('data-state')).toBe('saved');
    const url = page.url();

    await killChromium(first.profileDir);
    browser = await launchChromium({ profileDir: first.profileDir });
    const again = browser.context.pages()[0] ?? (await browser.context.newPage());
    await again.goto(url);
    await again.getByTestId('attendance-locked').waitFor();
    await unlockInBrowser(again);
    await expect.poll(() => currentStep(again)).toBe('form-1');
    expect(await again.getByTestId('field-licence-number').inputValue()).toBe('P-998877');
    expect(await again.getByTestId('field-medical-certificate-false').isChecked()).toBe(true);
    await again.getByTestId('step-back').click();
    await expect.poll(() => currentStep(again)).toBe('form-0');
    expect(await again.getByTestId('field-full-name').inputValue()).toBe('Joaquim Teixeira');
    expect(await again.getByTestId('field-nif').inputValue()).toBe('123456789');
    expect(await again.getByTestId('field-birth-date').inputValue()).toBe('1951-02-20');

    // Listed by service and time only; discarding asks first.
    await again.getByTestId('nav-attendances').click();
    const draft = again.getByTestId('draft');
    await expect.poll(() => draft.innerText()).toContain('Revalidação');
    await draft.getByTestId('draft-discard').click();
    expect(await again.getByTestId('draft').count()).toBe(1);
    await again.getByTestId('draft-discard-yes').click();
    await expect.poll(() => again.getByTestId('draft').count()).toBe(0);
  });
});
