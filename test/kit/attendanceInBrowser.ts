import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe.ts';

export const MEDIATOR = { name: 'Rita Mediadora', secret: 'serra da estrela 2026' };

/** Creates the device's first mediator through the mediator panel; the session is open after it. */
export async function createMediatorInBrowser(page: Page): Promise<void> {
  await page.getByTestId('session-unlock-open').click();
  await page.getByTestId('mediator-new').click();
  await page.getByTestId('mediator-name').fill(MEDIATOR.name);
  await page.getByTestId('mediator-new-secret').fill(MEDIATOR.secret);
  await page.getByTestId('mediator-new-confirm').fill(MEDIATOR.secret);
  await page.getByTestId('mediator-create').click();
  await page.getByTestId('session-mediator').filter({ hasText: MEDIATOR.name }).waitFor();
}

/** Opens the session again after a reload (the key lives in memory only); back on the page it was opened from. */
export async function unlockInBrowser(page: Page): Promise<void> {
  await page.getByTestId('session-unlock-open').click();
  const choice = page.getByTestId('mediator-choice').filter({ hasText: MEDIATOR.name });
  if ((await choice.count()) > 0) await choice.click();
  await page.getByTestId('mediator-secret').fill(MEDIATOR.secret);
  await page.getByTestId('mediator-unlock').click();
  await page.getByTestId('session-mediator').filter({ hasText: MEDIATOR.name }).waitFor();
}

/** axe-core's WCAG 2.1 AA rules on the page as it is, in pt-PT and in English; left in pt-PT. */
export async function expectAccessibleInBothLanguages(page: Page, where: string): Promise<void> {
  const switchTo = async (locale: 'pt' | 'en') => {
    await page.getByTestId(`locale-${locale}`).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale === 'pt' ? 'pt-PT' : 'en');
  };
  await switchTo('pt');
  expect(await axeViolations(page), `${where}, pt-PT`).toEqual([]);
  await switchTo('en');
  expect(await axeViolations(page), `${where}, en`).toEqual([]);
  await switchTo('pt');
}

/** The step the attendance shows now (its data-step). */
export function currentStep(page: Page): Promise<string | null> {
  return page.getByTestId('attendance').getAttribute('data-step');
}

/** "Seguinte", and waits for the step to change to `expected`. */
export async function nextStep(page: Page, expected: string): Promise<void> {
  await page.getByTestId('step-next').click();
  await page.locator(`[data-testid="attendance"][data-step="${expected}"]`).waitFor();
}

/** Every row of every store of the device's database, as JSON text (bytes as numbers), read in the page. */
export function databaseText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('balcao');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = [...db.objectStoreNames];
    const rows = await Promise.all(
      names.map(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = db.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return JSON.stringify(rows, (_key, value) => (value instanceof Uint8Array ? Array.from(value) : value));
  });
}

/** The rows of one store of the device's database, read in the page. */
export function storeRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('balcao');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      return await new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);
}

/** Finds a service with the catalog's search and opens its page, as a mediator would (no reload: the session stays open). */
export async function openServiceFromSearch(page: Page, words: string, serviceId: string): Promise<void> {
  await page.getByTestId('nav-home').click();
  await page.getByTestId('search-input').fill(words);
  await page.locator(`[data-testid="service-result"][data-service-id="${serviceId}"] a`).click();
  await page.getByTestId('service-page').waitFor();
}

/**
 * Completes a free assisted request for the Finanças password (`senha-financas`, form `pedido-assistido`)
 * from the catalog's search, with the session open: the quickest real completion. Answers its local reference.
 */
export async function completeAssistedRequest(
  page: Page,
  citizen = { name: 'Joana Lopes', nif: '123456789' },
): Promise<string> {
  await openServiceFromSearch(page, 'senha financas', 'senha-financas');
  await page.getByTestId('start-attendance').click();
  await nextStep(page, 'service');
  await nextStep(page, 'checklist');
  for (const box of await page.locator('input[data-testid^="doc-"]').all()) await box.check();
  await nextStep(page, 'form-0');
  await page.getByTestId('field-full-name').fill(citizen.name);
  await page.getByTestId('field-nif').fill(citizen.nif);
  await nextStep(page, 'form-1');
  await page.getByTestId('field-request-summary').fill('Pede a senha de acesso ao Portal das Finanças, por carta.');
  await nextStep(page, 'identity');
  await page.getByTestId('identity-document-citizen-card').check();
  await page.getByTestId('identity-last4').fill('1ZZ4');
  await nextStep(page, 'fee');
  await nextStep(page, 'review');
  await page.getByTestId('consent').check();
  await page.getByTestId('complete').click();
  await page.getByTestId('saved-on-device').waitFor();
  const ref = /[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(await page.getByTestId('receipt-ref').innerText())?.[0];
  if (!ref) throw new Error('the receipt shows no local reference');
  return ref;
}
