import { get } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDay } from '../../../src/i18n/formatDate.ts';
import { formatMoney } from '../../../src/i18n/formatMoney.ts';
import { formatPercent } from '../../../src/i18n/formatPercent.ts';
import { formatRelativeTime } from '../../../src/i18n/formatRelativeTime.ts';
import { currentLocale, restoreLocale, setLocale } from '../../../src/i18n/locale.ts';
import { pickText } from '../../../src/i18n/pickText.ts';
import { t, tPlural } from '../../../src/i18n/t.ts';

// Intl separates the amount and the sign with a no-break space: compare what a person reads.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const NOW = Date.UTC(2026, 10, 20, 15, 0);

afterEach(() => setLocale('pt'));

describe('money', () => {
  it('writes integer cents as euros the pt-PT way', () => {
    expect(plain(formatMoney(3000, 'pt'))).toBe('30,00 €');
    expect(plain(formatMoney(1350, 'pt'))).toBe('13,50 €');
    expect(plain(formatMoney(0, 'pt'))).toBe('0,00 €');
    expect(formatMoney(123456, 'pt')).toMatch(/^1\s?234,56\s€$/);
  });

  it('writes euros the English way', () => {
    expect(formatMoney(3000, 'en')).toBe('€30.00');
  });
});

describe('dates and times', () => {
  it('writes the day a service was checked in words, whatever the time zone', () => {
    expect(formatDay('2026-11-20', 'pt')).toBe('20 de novembro de 2026');
    expect(formatDay('2026-11-20', 'en')).toBe('20 November 2026');
  });

  it('says how long ago the catalog was refreshed', () => {
    expect(formatRelativeTime(NOW - 5 * 60_000, NOW, 'pt')).toBe('há 5 minutos');
    expect(formatRelativeTime(NOW - 3 * 3_600_000, NOW, 'pt')).toBe('há 3 horas');
    expect(formatRelativeTime(NOW - 10_000, NOW, 'pt')).toBe('agora');
    expect(formatRelativeTime(NOW - 24 * 3_600_000, NOW, 'pt')).toBe('ontem');
    expect(formatRelativeTime(NOW - 5 * 60_000, NOW, 'en')).toBe('5 minutes ago');
  });

  it('writes a share of a fee as a percentage', () => {
    expect(plain(formatPercent(350, 'pt'))).toMatch(/^3,5 ?%$/);
    expect(plain(formatPercent(9000, 'en'))).toBe('90%');
  });
});

describe('t', () => {
  it('fills {placeholders} and follows the chosen language', () => {
    expect(t('status.version', { version: 3 })).toBe('Catálogo versão 3');
    setLocale('en');
    expect(t('status.version', { version: 3 })).toBe('Catalog version 3');
  });

  it('counts by the language’s plural rules', () => {
    expect(tPlural('search.found', 1)).toBe('1 serviço encontrado');
    expect(tPlural('search.found', 0)).toBe('0 serviços encontrados');
    expect(tPlural('search.found', 12)).toBe('12 serviços encontrados');
  });

  it('picks a catalog text in the window’s language', () => {
    const name = { pt: 'Revalidação da carta de condução', en: 'Driving-licence revalidation' };
    expect(pickText(name)).toBe(name.pt);
    setLocale('en');
    expect(pickText(name)).toBe(name.en);
  });
});

describe('locale', () => {
  it('tells <html lang> and keeps the choice for the next start', async () => {
    setLocale('en');
    expect(document.documentElement.lang).toBe('en');
    await expect.poll(() => get('locale')).toBe('en');

    setLocale('pt');
    expect(document.documentElement.lang).toBe('pt-PT');
    await expect.poll(() => get('locale')).toBe('pt');
  });

  it('opens in the language chosen last time', async () => {
    setLocale('en');
    await expect.poll(() => get('locale')).toBe('en');
    // As on a new start: the module's language back to the default, then restored from storage.
    setLocale('pt');
    const { set } = await import('idb-keyval');
    await set('locale', 'en');
    expect(await restoreLocale()).toBe('en');
    expect(currentLocale()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
