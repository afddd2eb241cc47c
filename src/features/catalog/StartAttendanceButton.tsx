import { useState } from 'preact/hooks';
import { navigate } from '../../app/router.ts';
import { paths } from '../../app/routes.ts';
import type { Service } from '../../core/catalog/catalogSchema.ts';
import { t } from '../../i18n/t.ts';
import { useSession } from '../session/SessionProvider.tsx';

/**
 * "Iniciar atendimento" on a service's page: an attendance of this service, or first the mediator's
 * sign-in (and back here). The attendance's code loads on the click, not with the catalog.
 */
export function StartAttendanceButton({ service }: { service: Service }) {
  const session = useSession();
  const [failed, setFailed] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const start = async () => {
    const { state } = session;
    if (state.status !== 'unlocked') {
      navigate(paths.mediator(paths.service(service.id)));
      return;
    }
    if (working) return;
    setWorking(true);
    setFailed(null);
    try {
      const { startAttendance, FormNotOnDevice } = await import('../attendance/startAttendance.ts');
      try {
        navigate(paths.attendance(await startAttendance(session.db, state, { service }, session.now())));
      } catch (error) {
        if (!(error instanceof FormNotOnDevice)) throw error;
        setFailed(t('attendance.service.noForm'));
        setWorking(false);
      }
    } catch (error) {
      console.error('could not start the attendance', error);
      setFailed(t('attendance.draft.failed'));
      setWorking(false);
    }
  };
  return (
    <div class="start-attendance">
      <button
        type="button"
        class="button primary"
        data-testid="start-attendance"
        disabled={working}
        onClick={() => void start()}
      >
        {t('attendance.startService')}
      </button>
      {failed && (
        <p class="notice warning" role="alert">
          {failed}
        </p>
      )}
    </div>
  );
}
