// `/atendimentos`: the mediator's desk — start an attendance, resume or discard one in progress (listed by
// service and time only: the drafts stay encrypted), and the requests completed on this device.
import './attendance.css';
import { useState } from 'preact/hooks';
import { Link } from '../../app/Link.tsx';
import { PageHeading } from '../../app/PageHeading.tsx';
import { navigate } from '../../app/router.ts';
import { paths } from '../../app/routes.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { deleteAttendanceDraft } from '../../db/requests/deleteAttendanceDraft.ts';
import { listOutbox } from '../../db/requests/listOutbox.ts';
import { listDrafts } from '../../db/secure/drafts.ts';
import { formatDateTime } from '../../i18n/formatDate.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';
import type { CatalogSnapshot } from '../catalog/catalogSnapshot.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { SessionRequired } from './SessionRequired.tsx';
import { startAttendance } from './startAttendance.ts';
import { ATTENDANCE_DRAFT } from './useAttendanceDraft.ts';

export function AttendancesPage({ catalog }: { catalog: CatalogSnapshot }) {
  const session = useSession();
  const { db, state, now } = session;
  const unlockedId = state.status === 'unlocked' ? state.mediatorId : null;
  const drafts = useLiveQuery(
    async () => (unlockedId ? (await listDrafts(db, unlockedId)).filter((d) => d.kind === ATTENDANCE_DRAFT) : []),
    [db, unlockedId],
  );
  const requests = useLiveQuery(() => listOutbox(db), [db]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const serviceName = (id: string | null) => {
    const service = id ? catalog.serviceById.get(id) : undefined;
    return service ? pickText(service.name) : t('attendance.drafts.noService');
  };

  const start = async () => {
    if (state.status !== 'unlocked' || starting) return;
    setStarting(true);
    try {
      navigate(paths.attendance(await startAttendance(db, state, {}, now())));
    } catch (error) {
      console.error('could not start the attendance', error);
      setNotice(t('attendance.draft.failed'));
      setStarting(false);
    }
  };
  const discard = async (id: string) => {
    await deleteAttendanceDraft(db, id);
    setConfirming(null);
    setNotice(t('attendance.drafts.discarded'));
  };

  return (
    <section class="page attendances" data-testid="attendances">
      <PageHeading title={t('attendance.home.title')} />
      <p class="prose">{t('attendance.home.intro')}</p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {state.status !== 'unlocked' ? (
        <SessionRequired />
      ) : (
        <>
          <button type="button" class="button primary" data-testid="attendance-new" disabled={starting} onClick={start}>
            {t('attendance.new')}
          </button>
          <h2>{t('attendance.drafts.title')}</h2>
          {drafts.status === 'ready' && drafts.value.length === 0 && <p>{t('attendance.drafts.none')}</p>}
          <ul class="draft-list" data-testid="drafts">
            {(drafts.status === 'ready' ? drafts.value : []).map((draft) => (
              <li key={draft.id} class="draft-item" data-testid="draft" data-draft-id={draft.id}>
                <span class="draft-label">
                  <strong>{serviceName(draft.serviceId)}</strong> ·{' '}
                  {t('attendance.drafts.started', { time: formatDateTime(draft.createdAt) })}
                </span>
                {confirming === draft.id ? (
                  <fieldset class="draft-confirm">
                    <legend>{t('attendance.drafts.discardConfirm')}</legend>
                    <button
                      type="button"
                      class="button"
                      data-testid="draft-discard-yes"
                      onClick={() => void discard(draft.id)}
                    >
                      {t('attendance.drafts.discardYes')}
                    </button>{' '}
                    <button type="button" class="button" onClick={() => setConfirming(null)}>
                      {t('attendance.drafts.discardNo')}
                    </button>
                  </fieldset>
                ) : (
                  <span class="draft-actions">
                    <Link href={paths.attendance(draft.id)} class="button primary" data-testid="draft-resume">
                      {t('attendance.drafts.resume')}
                    </Link>{' '}
                    <button
                      type="button"
                      class="button"
                      data-testid="draft-discard"
                      onClick={() => setConfirming(draft.id)}
                    >
                      {t('attendance.drafts.discard')}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('attendance.requests.title')}</h2>
      {requests.status === 'ready' && requests.value.length === 0 && <p>{t('attendance.requests.none')}</p>}
      <ul class="request-list" data-testid="requests">
        {(requests.status === 'ready' ? requests.value : []).map((request) => (
          <li key={request.id} data-testid="request-item" data-state={request.state}>
            <Link href={paths.request(request.id)} data-testid="request-link">
              {t('attendance.requests.open', { ref: request.localRef })}
            </Link>{' '}
            · {serviceName(request.serviceId)} · {formatDateTime(request.completedAt)} ·{' '}
            <span class="tag">{t(`attendance.requests.state.${request.state}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
