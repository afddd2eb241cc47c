// `/pedidos/:id`: a completed request, read-only. What the device can still say of it (its sealed content
// is the hub's alone to read), its receipt to print again, and the way to correct it: a new request that
// names this one.
import { useEffect, useState } from 'preact/hooks';
import { Link } from '../../app/Link.tsx';
import { PageHeading } from '../../app/PageHeading.tsx';
import { navigate, replaceSearch } from '../../app/router.ts';
import { paths } from '../../app/routes.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import type { BalcaoDb } from '../../db/balcaoDb.ts';
import { type OutboxSummary, outboxSummary } from '../../db/requests/outboxSummary.ts';
import { t } from '../../i18n/t.ts';
import type { CatalogSnapshot } from '../catalog/catalogSnapshot.ts';
import { CitizenScreenControls } from '../citizen/CitizenScreenControls.tsx';
import { TeachBack } from '../citizen/TeachBack.tsx';
import { useCitizenView } from '../citizen/useCitizenView.ts';
import { DeliveryState } from '../outbox/DeliveryState.tsx';
import { useSession } from '../session/SessionProvider.tsx';
import { Receipt } from './receipt/Receipt.tsx';
import { FormNotOnDevice, startAttendance } from './startAttendance.ts';

async function readSummary(db: BalcaoDb, id: string) {
  const row = await db.outbox.get(id);
  if (!row) return null;
  const replaced = row.replaces ? await db.outbox.get(row.replaces) : undefined;
  return { summary: outboxSummary(row), replacesRef: replaced?.localRef ?? row.replaces };
}

export function RequestPage({ catalog, id }: { catalog: CatalogSnapshot; id: string }) {
  const session = useSession();
  const { db } = session;
  const read = useLiveQuery(() => readSummary(db, id), [db, id]);
  const [saved] = useState(() => new URLSearchParams(location.search).has('guardado'));
  // Said once, right after the write: a reload or a bookmark shows the request, not the moment it was saved.
  useEffect(() => {
    if (saved) replaceSearch('');
  }, [saved]);
  const [correctError, setCorrectError] = useState<string | null>(null);
  const shown = read.status === 'ready' ? read.value : null;
  const shownService = shown ? catalog.serviceById.get(shown.summary.serviceId) : undefined;
  // The citizen's screen shows the outcome right after completion, not a request reopened later for
  // whoever sits there then.
  useCitizenView(
    saved && shown && shownService
      ? {
          kind: 'completed',
          service: shownService.name,
          reference: shown.summary.localRef,
          guide: shownService.guide,
          onlineUrl: shownService.onlineUrl,
          aloneWith: shownService.aloneWith,
        }
      : { kind: 'idle' },
  );

  if (read.status !== 'ready')
    return (
      <p class="notice" role="status">
        {t('attendance.loading')}
      </p>
    );
  if (!read.value)
    return (
      <section class="page">
        <PageHeading title={t('attendance.home.title')} />
        <p class="notice warning" data-testid="request-missing">
          {t('attendance.request.notFound')}
        </p>
        <Link href={paths.attendances()}>{t('attendance.request.back')}</Link>
      </section>
    );
  const { summary, replacesRef } = read.value;
  const service = catalog.serviceById.get(summary.serviceId);

  const correct = async () => {
    if (session.state.status !== 'unlocked') {
      navigate(paths.mediator(paths.request(id)));
      return;
    }
    setCorrectError(null);
    try {
      const started = await startAttendance(
        db,
        session.state,
        { ...(service && { service }), replaces: summary.id },
        session.now(),
      );
      navigate(paths.attendance(started));
    } catch (error) {
      if (!(error instanceof FormNotOnDevice)) console.error('could not start the correction', error);
      setCorrectError(error instanceof FormNotOnDevice ? t('attendance.service.noForm') : t('attendance.draft.failed'));
    }
  };

  return (
    <section class="page request-page" data-testid="request-page" data-state={summary.state}>
      <PageHeading title={t('attendance.request.title', { ref: summary.localRef })} />
      {saved && (
        <div class="notice success" role="status" data-testid="saved-on-device">
          <p class="notice-title">{t('attendance.request.saved')}</p>
          <p>{t('attendance.request.savedDetail')}</p>
        </div>
      )}
      <p data-testid="request-state">
        {t('attendance.request.state')}: <span class="tag">{t(`attendance.requests.state.${summary.state}`)}</span>
      </p>
      {/* A refused request's correction is offered with the hub's reason, beside archiving it. */}
      <DeliveryState summary={summary} onCorrect={() => void correct()} />
      {correctError && summary.state === 'attention' && (
        <p class="notice warning" role="alert">
          {correctError}
        </p>
      )}
      <Receipt
        data={receiptData(summary, service?.name ?? { pt: summary.serviceId, en: summary.serviceId }, replacesRef)}
      />
      <p class="notice" data-testid="request-read-only">
        {t('attendance.request.readOnly')}
      </p>
      {service && <TeachBack db={db} requestId={summary.id} service={service} reference={summary.localRef} />}
      {saved && <CitizenScreenControls sees={null} />}
      {correctError && summary.state !== 'attention' && (
        <p class="notice warning" role="alert">
          {correctError}
        </p>
      )}
      <div class="form-actions">
        {summary.state !== 'attention' && (
          <button type="button" class="button" data-testid="request-correct" onClick={() => void correct()}>
            {t('attendance.request.correct')}
          </button>
        )}
        <Link href={paths.attendances()} class="button">
          {t('attendance.request.back')}
        </Link>
      </div>
    </section>
  );
}

function receiptData(summary: OutboxSummary, serviceName: { pt: string; en: string }, replacesRef: string | null) {
  return {
    requestId: summary.id,
    localRef: summary.localRef,
    serviceName,
    feeCents: summary.feeCents,
    paymentMethod: summary.paymentMethod,
    multibanco: summary.multibanco,
    completedAt: summary.completedAt,
    spotName: summary.spotName,
    mediatorName: summary.mediatorName,
    hubRef: summary.hubRef,
    receivedAt: summary.receivedAt,
    replaces: replacesRef,
  };
}
