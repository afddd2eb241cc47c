import type { FeeRule } from '../../core/catalog/catalogSchema.ts';
import { t } from '../../i18n/t.ts';

/** Who a fee rule applies to by age, in words ("70 ou mais anos"); null for a rule for every age. */
export function ageCondition(rule: Pick<FeeRule, 'minAge' | 'maxAge'>): string | null {
  const { minAge: min, maxAge: max } = rule;
  if (min !== undefined && max !== undefined) return t('fee.ageRange', { min, max });
  if (min !== undefined) return t('fee.ageMin', { min });
  if (max !== undefined) return t('fee.ageMax', { max });
  return null;
}
