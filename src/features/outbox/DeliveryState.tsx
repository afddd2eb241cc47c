import './outbox.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Link } from '../../app/Link.tsx';
import { navigate } from '../../app/router.ts';
import { paths } from '../../app/routes.ts';
import { useNow } from '../../app/useNow.ts';
import type { OutboxSummary } from '../../db/requests/outboxSummary.ts';
import { t, tPlural } from '../../i18n/t.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { ArchiveForm } from './ArchiveForm.tsx';
import { attentionReason } from './attentionReason.ts';
import { formatMoment } from './formatMoment.ts';
import { retryText } from './retryText.ts';

interface DeliveryStateProps {
  summary: OutboxSummary;
  /** The request page's correction: a new attendance naming this request. */
  onCorrect: () => void;
}

/**
 * Where a completed request stands with the hub, on its own page (issue 5, item 6). A request the hub
 * refused shows the hub's reason and the two ways out: a corrected request, or archiving it with a note.
 */
export function DeliveryState({ summary, onCorrect }: DeliveryStateProps) {
  useLocale();
  const now = useNow();
  const [archivedNow, setArchivedNow] = useState(false);
  return (
    <div class="delivery-state" data-testid="delivery-state" data-state={summary.state}>
      {summary.state === 'queued' && <p>{t('outbox.state.queued')}</p>}
      {summary.state === 'sending' && <p>{t('outbox.state.sending')}</p>}
      {summary.state === 'retry' && (
        <p data-testid="delivery-retry">
          {t('outbox.state.retry')} {retryText(summary.nextAttemptAt, now)}
          {summary.attempts > 0 && <> · {tPlural('outbox.item.attempts', summary.attempts)}</>}
        </p>
      )}
      {summary.state === 'delivered' && (
        <p data-testid="delivery-delivered">
          {summary.hubRef === null
            ? t('outbox.state.delivered')
            : t('outbox.state.deliveredRef', {
                ref: summary.hubRef,
                when: summary.receivedAt === null ? '—' : formatMoment(summary.receivedAt, now),
              })}
        </p>
      )}
      {summary.state === 'attention' && (
        <Attention
          summary={summary}
          now={now}
          onCorrect={onCorrect}
          archivedNow={archivedNow}
          onArchived={() => setArchivedNow(true)}
        />
      )}
      {summary.state !== 'delivered' && (
        <p>
          <Link href={paths.outbox()} class="outbox-page-link" data-testid="delivery-outbox-link">
            {t('outbox.state.seeAll')}
          </Link>
        </p>
      )}
    </div>
  );
}

function Attention(props: {
  summary: OutboxSummary;
  now: number;
  onCorrect: () => void;
  archivedNow: boolean;
  onArchived: () => void;
}) {
  const { summary, now, onCorrect, archivedNow, onArchived } = props;
  const session = useSession();
  const [archiving, setArchiving] = useState(false);
  const { archived } = summary;
  const archiveButton = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  const wasArchiving = useRef(false);
  // The focus does not fall to the page when the form goes: back to the button on a cancel, to the
  // confirmation once the archive mark is read back.
  useEffect(() => {
    if (wasArchiving.current && !archiving && !archivedNow) archiveButton.current?.focus();
    wasArchiving.current = archiving;
  }, [archiving, archivedNow]);
  useEffect(() => {
    if (archivedNow && archived) done.current?.focus();
  }, [archivedNow, archived !== null]);
  const openArchive = () => {
    // Setting a request aside is a mediator's decision: it needs one at the keyboard, as a correction does.
    if (session.state.status !== 'unlocked') navigate(paths.mediator(paths.request(summary.id)));
    else setArchiving(true);
  };
  return (
    <div class="notice warning attention" data-testid="attention">
      <p class="notice-title">{t('outbox.attention.title')}</p>
      <p data-testid="attention-reason">
        <span class="outbox-label">{t('outbox.attention.reason')}</span> {attentionReason(summary.lastError)}
      </p>
      {summary.lastError && (
        <p class="fine-print" data-testid="attention-code">
          {t('outbox.attention.code', {
            code: summary.lastError.code,
            when: formatMoment(summary.lastError.at, now),
          })}
        </p>
      )}
      {archived ? (
        <div data-testid="attention-archived">
          {archivedNow && (
            <p ref={done} tabIndex={-1} class="notice-title archive-done" role="status" data-testid="archive-done">
              {t('outbox.archive.done')}
            </p>
          )}
          <p>
            {t('outbox.item.archived', { when: formatMoment(archived.at, now) })}{' '}
            <q class="outbox-note" data-testid="attention-archive-note">
              {archived.note}
            </q>
          </p>
          <p>{t('outbox.attention.afterArchive')}</p>
        </div>
      ) : (
        <p>{t('outbox.attention.whatToDo')}</p>
      )}
      {archiving && !archived ? (
        <ArchiveForm
          requestId={summary.id}
          localRef={summary.localRef}
          onArchived={() => {
            setArchiving(false);
            onArchived();
          }}
          onCancel={() => setArchiving(false)}
        />
      ) : (
        <div class="form-actions">
          <button type="button" class="button primary" data-testid="attention-correct" onClick={onCorrect}>
            {t('outbox.attention.correct')}
          </button>
          {!archived && !archivedNow && (
            <button
              ref={archiveButton}
              type="button"
              class="button"
              data-testid="attention-archive"
              onClick={openArchive}
            >
              {t('outbox.attention.archive')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
