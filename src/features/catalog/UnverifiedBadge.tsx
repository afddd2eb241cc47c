import { t } from '../../i18n/t.ts';

/** "Por confirmar" beside a piece of catalog information its sources did not confirm. */
export function UnverifiedBadge() {
  return (
    <span class="badge unverified" data-testid="unverified-badge">
      {t('unverified.badge')}
    </span>
  );
}
