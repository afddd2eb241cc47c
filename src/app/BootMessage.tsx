import { t } from '../i18n/t.ts';

/** "A abrir o Balcão…" while the device's storage answers: a short moment, said to screen readers too. */
export function BootMessage() {
  return (
    <p class="boot" role="status">
      {t('app.loading')}
    </p>
  );
}
