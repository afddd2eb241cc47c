import { Link } from '../../app/Link.tsx';
import { paths } from '../../app/routes.ts';
import { t } from '../../i18n/t.ts';

/** An attendance needs the mediator's key: while locked, the way to unlock, and back here after. */
export function SessionRequired() {
  return (
    <div class="notice" data-testid="attendance-locked">
      <p>{t('attendance.locked')}</p>
      <Link href={paths.mediator(`${location.pathname}${location.search}`)} class="button primary">
        {t('attendance.locked.action')}
      </Link>
    </div>
  );
}
