import './attendance.css';
import { Link } from '../../app/Link.tsx';
import { PageHeading } from '../../app/PageHeading.tsx';
import { paths } from '../../app/routes.ts';
import type { AttendanceState } from '../../core/attendance/AttendanceState.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';
import { CitizenScreenControls } from '../citizen/CitizenScreenControls.tsx';
import { useCitizenView } from '../citizen/useCitizenView.ts';
import type { EndOutcome } from './EndAttendance.tsx';
import { missingDocuments } from './stepProblems.ts';

/** An attendance ended with no request: said so, and for missing documents, the note of what to bring. */
export function AttendanceEnded({ outcome, state }: { outcome: EndOutcome; state: AttendanceState }) {
  const missing = outcome === 'documents-missing' ? missingDocuments(state) : [];
  useCitizenView({ kind: 'ended', outcome });
  return (
    <section class="page" data-testid="attendance-ended" data-outcome={outcome}>
      <PageHeading title={state.service ? pickText(state.service.name) : t('attendance.home.title')} />
      <p class="notice success" role="status">
        {t('attendance.end.done')} {t(`attendance.outcome.${outcome}`)}.
      </p>
      {missing.length > 0 && (
        <div class="bring-next" data-testid="bring-next">
          <h2>{t('attendance.checklist.bringNext')}</h2>
          <ul>
            {missing.map((doc) => (
              <li key={doc.id}>
                {pickText(doc.name)}
                {doc.note && ` — ${pickText(doc.note)}`}
              </li>
            ))}
          </ul>
          <button type="button" class="button" onClick={() => print()}>
            {t('attendance.end.print')}
          </button>
        </div>
      )}
      <CitizenScreenControls sees={null} />
      <p>
        <Link href={paths.attendances()} class="button primary">
          {t('attendance.request.back')}
        </Link>
      </p>
    </section>
  );
}
