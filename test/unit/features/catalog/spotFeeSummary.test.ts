import { describe, expect, it } from 'vitest';
import type { FeeRule, Service } from '../../../../src/core/catalog/catalogSchema.ts';
import { feeSummaryText } from '../../../../src/features/catalog/feeSummaryText.ts';
import { spotFeeSummary } from '../../../../src/features/catalog/spotFeeSummary.ts';
import { cartaRevalidacao, certidaoComercial, cmdAtivacao } from './catalogFixture.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const shown = (service: Service) => plain(feeSummaryText(spotFeeSummary(service)));
const rule = (amountCents: number, extra: Partial<FeeRule> = {}): FeeRule => ({
  channel: 'spot',
  variant: 'standard',
  label: { pt: 'Taxa', en: 'Fee' },
  amountCents,
  unverified: false,
  ...extra,
});

describe('the fee a list shows for a service at a spot', () => {
  it('is "Gratuito" for a free service', () => {
    expect(shown(cmdAtivacao)).toBe('Gratuito');
  });

  it('is the amount when there is one price', () => {
    expect(shown(certidaoComercial)).toBe('25,00 €');
  });

  it('is "a partir de" the lowest price when it depends on the age (carta-revalidacao: 30 €, 15 € from 70)', () => {
    expect(shown(cartaRevalidacao)).toBe('a partir de 15,00 €');
  });

  it('is "a partir de" the lowest price when it depends on the variant (a 10-year or a 5-year card)', () => {
    const card = { ...cmdAtivacao, fees: [rule(1800), rule(1500, { variant: 'validade-5-anos' })] };
    expect(shown(card)).toBe('a partir de 15,00 €');
  });

  it('never says free when the catalog has no spot price', () => {
    const online = { ...cmdAtivacao, fees: [rule(1000, { channel: 'online' })] };
    expect(shown(online)).toBe('Preço a confirmar');
    expect(shown({ ...cmdAtivacao, fees: [] })).toBe('Preço a confirmar');
  });

  it('says it depends when some cases are free and others paid', () => {
    const mixed = { ...cmdAtivacao, fees: [rule(500), rule(0, { minAge: 65 })] };
    expect(shown(mixed)).toBe('Gratuito ou pago, consoante o caso');
  });
});
