import { formatRelativeTime } from '../../i18n/formatRelativeTime.ts';
import { t } from '../../i18n/t.ts';

/** "Último contacto com o hub: há 5 minutos", or "nunca" before the first good answer. */
export function LastContact({ at, now }: { at: number | null; now: number }) {
  return (
    <p class="outbox-contact" data-testid="outbox-last-contact">
      {t('outbox.lastContact', {
        when: at === null ? t('outbox.lastContact.never') : formatRelativeTime(Math.min(at, now), now),
      })}
    </p>
  );
}
