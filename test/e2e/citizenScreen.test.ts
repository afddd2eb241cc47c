import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createMediatorInBrowser,
  currentStep,
  expectAccessibleInBothLanguages,
  openServiceFromSearch,
  storeRows,
  unlockInBrowser,
} from '../kit/attendanceInBrowser.ts';
import { axeViolations } from '../kit/axe.ts';
import { launchChromium } from '../kit/chromium.ts';
import { enrollInBrowser } from '../kit/enrollInBrowser.ts';
import { pdfQrCodes } from '../kit/pdfQrCodes.ts';
import { pdfText } from '../kit/pdfText.ts';
import { startHub } from '../kit/startHub.ts';

const CITIZEN = { name: 'Joana Lopes', nif: '123456789' };
const FINANCAS_URL = 'https://www.portaldasfinancas.gov.pt';

/** Opens the citizen's window from the mediator's page, as the mediator's click does; answers its page. */
async function openCitizen(context: BrowserContext, mediator: Page): Promise<Page> {
  const [citizen] = await Promise.all([
    context.waitForEvent('page'),
    mediator.getByTestId('citizen-screen-open').click(),
  ]);
  await citizen.getByTestId('citizen-screen').waitFor();
  return citizen;
}

/**
 * "Seguinte" on the mediator's page, timed against the moment the citizen's page shows the new step: both
 * clocks are the same machine's, read in each page (the click's capture, a MutationObserver).
 */
async function nextStepSeenIn(mediator: Page, citizen: Page, expected: string): Promise<number> {
  await citizen.evaluate(() => {
    const w = window as unknown as { seenAt: number | null; seenStep: string | null };
    w.seenAt = null;
    const section = () => document.querySelector('[data-testid="citizen-attendance"]');
    const before = section()?.getAttribute('data-step-number') ?? null;
    const observer = new MutationObserver(() => {
      const now = section()?.getAttribute('data-step-number') ?? null;
      if (now !== before && w.seenAt === null) {
        w.seenAt = Date.now();
        w.seenStep = now;
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await mediator.evaluate(() => {
    const w = window as unknown as { clickedAt: number | null };
    w.clickedAt = null;
    document.addEventListener('click', () => (w.clickedAt ??= Date.now()), { capture: true, once: true });
  });
  await mediator.getByTestId('step-next').click();
  await mediator.locator(`[data-testid="attendance"][data-step="${expected}"]`).waitFor();
  await citizen.waitForFunction(() => (window as unknown as { seenAt: number | null }).seenAt !== null);
  const clickedAt = await mediator.evaluate(() => (window as unknown as { clickedAt: number }).clickedAt);
  const seenAt = await citizen.evaluate(() => (window as unknown as { seenAt: number }).seenAt);
  return seenAt - clickedAt;
}

function citizenStepNumber(citizen: Page): Promise<string | null> {
  return citizen.getByTestId('citizen-attendance').getAttribute('data-step-number');
}

describe("the citizen's screen, beside the mediator's, in Chromium", () => {
  let hub: Awaited<ReturnType<typeof startHub>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let mediator: Page;
  let citizen: Page;

  beforeAll(async () => {
    hub = await startHub({ appDir: inject('builds').v1 });
    browser = await launchChromium();
    context = browser.context;
    mediator = context.pages()[0] ?? (await context.newPage());
    await mediator.goto(hub.url);
    await enrollInBrowser(mediator, hub.dataDir);
    await mediator.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await createMediatorInBrowser(mediator);
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('says kindly that no attendance runs when opened by hand, or before the mediator starts one', async () => {
    const stray = await context.newPage();
    await stray.goto(`${hub.url}/cidadao`);
    await stray.getByTestId('citizen-unpaired').waitFor();
    expect(await stray.getByTestId('citizen-unpaired').innerText()).toContain('Peça ao mediador');
    expect(await axeViolations(stray, { aaa: true }), 'unpaired citizen screen').toEqual([]);
    await stray.close();
  });

  it('follows every step within 100 ms, with personal values masked until the mediator shows them', async () => {
    await openServiceFromSearch(mediator, 'senha financas', 'senha-financas');
    await mediator.getByTestId('start-attendance').click();
    await expect.poll(() => currentStep(mediator)).toBe('start');
    citizen = await openCitizen(context, mediator);
    await citizen.getByTestId('citizen-attendance').waitFor();
    expect(await citizen.getByTestId('citizen-service').innerText()).toContain('Portal das Finanças');
    expect(await citizen.getByTestId('citizen-progress').innerText()).toMatch(/^Passo 1 de \d+$/);

    const delays: number[] = [];
    delays.push(await nextStepSeenIn(mediator, citizen, 'service'));
    delays.push(await nextStepSeenIn(mediator, citizen, 'checklist'));
    for (const box of await mediator.locator('input[data-testid^="doc-"]').all()) await box.check();
    await expect.poll(() => citizen.getByTestId('citizen-fields').innerText()).toContain('Trouxe');
    delays.push(await nextStepSeenIn(mediator, citizen, 'form-0'));
    expect(await citizen.getByTestId('citizen-explain').innerText()).toContain('preencher o pedido');

    await mediator.getByTestId('field-full-name').fill(CITIZEN.name);
    await mediator.getByTestId('field-nif').fill(CITIZEN.nif);
    const masked = citizen.locator('[data-field-id="nif"][data-masked="true"]');
    await masked.waitFor();
    expect(await citizen.locator('[data-field-id="full-name"]').getAttribute('data-masked')).toBe('true');
    const shown = await citizen.locator('body').innerText();
    expect(shown).not.toContain(CITIZEN.nif);
    expect(shown).not.toContain('Joana');
    expect(shown).toContain('••••••');

    // The mediator chooses to show them, then hides them again.
    await mediator.getByTestId('citizen-sees').click();
    await expect.poll(() => citizen.locator('[data-field-id="nif"]').innerText()).toContain(CITIZEN.nif);
    expect(await citizen.locator('[data-field-id="full-name"]').innerText()).toContain(CITIZEN.name);
    await mediator.getByTestId('citizen-sees').click();
    await expect.poll(() => citizen.locator('body').innerText()).not.toContain(CITIZEN.nif);

    delays.push(await nextStepSeenIn(mediator, citizen, 'form-1'));
    expect(delays.length).toBe(4);
    for (const delay of delays) expect(delay).toBeLessThan(100);
    console.log(`citizen's screen behind the mediator's: ${delays.join(', ')} ms`);
  });

  it('lets the citizen type the field in focus when "citizen types" is on, and the mediator sees it', async () => {
    expect(await citizen.getByTestId('citizen-typing-input').count()).toBe(0);
    await mediator.getByTestId('citizen-types').click();
    await mediator.getByTestId('field-request-summary').focus();
    const typing = citizen.getByTestId('citizen-typing-input');
    await typing.waitFor();
    expect(await typing.getAttribute('data-field-id')).toBe('request-summary');
    await typing.pressSequentially('Quero a senha por carta', { delay: 20 });
    await expect.poll(() => mediator.getByTestId('field-request-summary').inputValue()).toBe('Quero a senha por carta');
    // Off again: what the citizen types no longer reaches the form.
    await mediator.getByTestId('citizen-types').click();
    await typing.waitFor({ state: 'detached' });
  });

  it('comes back at the current step when the citizen window is closed and opened again', async () => {
    const before = await citizenStepNumber(citizen);
    const title = await citizen.getByTestId('citizen-step').innerText();
    expect(title).not.toBe('');
    await citizen.close();
    citizen = await openCitizen(context, mediator);
    await citizen.getByTestId('citizen-attendance').waitFor();
    expect(await citizenStepNumber(citizen)).toBe(before);
    expect(await citizen.getByTestId('citizen-step').innerText()).toBe(title);
    expect(await citizen.locator('body').innerText()).not.toContain(CITIZEN.nif);
  });

  it('is WCAG 2.1 AA with AAA contrast (≥ 7:1), in large type, in pt-PT and English, plain and high contrast', async () => {
    const base = await citizen.getByTestId('citizen-explain').evaluate((node) => getComputedStyle(node).fontSize);
    expect(Number.parseFloat(base)).toBeGreaterThanOrEqual(24);
    for (const locale of ['pt', 'en'] as const) {
      await citizen.getByTestId(`locale-${locale}`).click();
      await expect
        .poll(() => citizen.evaluate(() => document.documentElement.lang))
        .toBe(locale === 'pt' ? 'pt-PT' : 'en');
      expect(await axeViolations(citizen, { aaa: true }), `citizen's screen, ${locale}`).toEqual([]);
    }
    expect(await citizen.getByTestId('citizen-progress').innerText()).toMatch(/^Step \d+ of \d+$/);
    // The citizen's language is their own: the mediator's window stays in pt-PT.
    expect(await mediator.evaluate(() => document.documentElement.lang)).toBe('pt-PT');
    await citizen.getByTestId('citizen-contrast').click();
    await citizen.getByTestId('citizen-larger').click();
    expect(await axeViolations(citizen, { aaa: true }), "citizen's screen, high contrast").toEqual([]);
    const explainSize = async () =>
      Number.parseFloat(
        await citizen.getByTestId('citizen-explain').evaluate((node) => getComputedStyle(node).fontSize),
      );
    await expect.poll(explainSize).toBeGreaterThan(Number.parseFloat(base));
    const larger = String(await explainSize());
    expect(await citizen.getByTestId('citizen-announcement').getAttribute('aria-live')).toBe('polite');
    await citizen.getByTestId('locale-pt').click();

    // From the keyboard alone: Tab to "Letra maior", Enter, and the text grows again.
    await citizen.getByTestId('citizen-contrast').focus();
    await citizen.keyboard.press('Shift+Tab');
    expect(await citizen.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('citizen-larger');
    await citizen.keyboard.press('Enter');
    await expect
      .poll(async () =>
        Number.parseFloat(
          await citizen.getByTestId('citizen-explain').evaluate((node) => getComputedStyle(node).fontSize),
        ),
      )
      .toBeGreaterThan(Number.parseFloat(larger));
  });

  it("clears the citizen's screen while the mediator's session is locked, and brings the step back after", async () => {
    const before = await citizenStepNumber(citizen);
    await mediator.getByTestId('session-lock').click();
    await citizen.getByTestId('citizen-idle').waitFor();
    expect(await citizen.locator('body').innerText()).not.toContain('Portal das Finanças');
    await unlockInBrowser(mediator);
    await mediator.getByTestId('attendance').waitFor();
    await citizen.getByTestId('citizen-attendance').waitFor();
    expect(await citizenStepNumber(citizen)).toBe(before);
  });

  it("never shows one tab's attendance on the citizen screen of another tab", async () => {
    const second = await context.newPage();
    await second.goto(hub.url);
    await second.waitForSelector('html[data-ready="catalog"]');
    await unlockInBrowser(second);
    await openServiceFromSearch(second, 'registo criminal', 'registo-criminal');
    await second.getByTestId('start-attendance').click();
    await expect.poll(() => currentStep(second)).toBe('start');
    const secondCitizen = await openCitizen(context, second);
    await expect.poll(() => secondCitizen.getByTestId('citizen-service').innerText()).toContain('registo criminal');

    // The first citizen's screen stays on the first tab's attendance, through several heartbeats.
    await second.getByTestId('step-next').click();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await citizen.getByTestId('citizen-service').innerText()).toContain('Portal das Finanças');
    expect(await citizen.locator('body').innerText()).not.toContain('registo criminal');

    // The second tab closes: its citizen's screen clears at once, and nothing of that attendance stays.
    await second.close();
    await secondCitizen.getByTestId('citizen-lost').waitFor();
    expect(await secondCitizen.locator('body').innerText()).not.toContain('registo criminal');
    await secondCitizen.close();
  });

  it('ends with the outcome on the citizen screen, the teach-back in the log, and a take-home guide whose QR code opens the official page', async () => {
    await mediator
      .getByTestId('field-request-summary')
      .fill('Pede a senha de acesso ao Portal das Finanças, por carta.');
    await mediator.getByTestId('step-next').click();
    await mediator.locator('[data-testid="attendance"][data-step="identity"]').waitFor();
    await mediator.getByTestId('identity-document-citizen-card').check();
    await mediator.getByTestId('identity-last4').fill('1ZZ4');
    await expect
      .poll(() => citizen.locator('[data-field-id="identity-last4"]').getAttribute('data-masked'))
      .toBe('true');
    expect(await citizen.locator('body').innerText()).not.toContain('1ZZ4');
    await mediator.getByTestId('step-next').click();
    await mediator.locator('[data-testid="attendance"][data-step="fee"]').waitFor();
    await expect.poll(() => citizen.getByTestId('citizen-fee').innerText()).toContain('gratuito');
    await mediator.getByTestId('step-next').click();
    await mediator.locator('[data-testid="attendance"][data-step="review"]').waitFor();
    await mediator.getByTestId('consent').check();
    await mediator.getByTestId('complete').click();
    await mediator.getByTestId('saved-on-device').waitFor();
    const ref = /[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await mediator.getByTestId('receipt-ref').innerText())?.[0] ?? '';
    expect(ref).not.toBe('');

    await citizen.getByTestId('citizen-completed').waitFor();
    expect(await citizen.getByTestId('citizen-reference').innerText()).toBe(ref);
    expect(await citizen.getByTestId('citizen-guide').locator('li').count()).toBeGreaterThan(1);
    expect(await axeViolations(citizen, { aaa: true }), "citizen's screen, completed").toEqual([]);

    // Teach-back: the service's questions, and how it went into the anonymous attendance log.
    expect(await mediator.getByTestId('teach-back-questions').locator('li').count()).toBeGreaterThanOrEqual(2);
    await mediator.getByTestId('teach-back-result-partly').check();
    await expect.poll(() => mediator.getByTestId('teach-back-status').innerText()).toContain('Em parte');
    const log = await storeRows<{ requestId: string | null; taught?: string }>(mediator, 'attendances');
    expect(log.filter((row) => row.requestId !== null).map((row) => row.taught)).toEqual(['partly']);

    // The take-home guide, printed on A4, read back: its steps, the reference, the helplines, and a QR
    // code a phone reads as the service's official address.
    await mediator.getByTestId('guide-open').click();
    await mediator.getByTestId('take-home-guide').waitFor();
    await expectAccessibleInBothLanguages(mediator, 'take-home guide');
    const pdf = await mediator.pdf({ format: 'A4', printBackground: true });
    const { pages, pageSizes } = await pdfText(pdf);
    const text = pages.join('\n');
    expect(text).toContain('Como fazer sozinho');
    expect(text).toContain(ref);
    expect(text).toContain('300 003 990');
    expect(text).not.toContain('Imprimir o guia');
    // A4 is 595 × 842 points.
    expect(pageSizes[0]?.width).toBeCloseTo(595, -1);
    expect(pageSizes[0]?.height).toBeCloseTo(842, -1);
    expect(await pdfQrCodes(pdf)).toEqual([FINANCAS_URL]);
    // The mediator moved on from the request: the citizen's screen shows nothing of it any more.
    await citizen.getByTestId('citizen-idle').waitFor();
    expect(await citizen.locator('body').innerText()).not.toContain(ref);
  });
});
