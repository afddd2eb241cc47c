import { formatMoney } from '../../i18n/formatMoney.ts';
import { t } from '../../i18n/t.ts';
import type { FeeSummary } from './spotFeeSummary.ts';

/** A spot price summary in words: "Gratuito", "30,00 €", "a partir de 15,00 €", "Preço a confirmar". */
export function feeSummaryText(summary: FeeSummary): string {
  switch (summary.kind) {
    case 'free':
      return t('fee.free');
    case 'amount':
      return formatMoney(summary.amountCents);
    case 'from':
      return t('fee.from', { amount: formatMoney(summary.amountCents) });
    case 'free-or-paid':
      return t('fee.freeOrPaid');
    case 'unknown':
      return t('fee.unknown');
  }
}

/** An amount of a fee rule: 0 is "Gratuito", anything else euros. */
export function amountText(amountCents: number): string {
  return amountCents === 0 ? t('fee.free') : formatMoney(amountCents);
}
