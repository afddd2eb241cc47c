import { Link } from '../../app/Link.tsx';
import { paths } from '../../app/routes.ts';
import type { OutboxSummary } from '../../db/requests/outboxSummary.ts';
import { t, tPlural } from '../../i18n/t.ts';
import { attentionReason } from './attentionReason.ts';
import { formatMoment } from './formatMoment.ts';
import type { OutboxGroupName } from './groupOutbox.ts';
import { retryText } from './retryText.ts';

interface OutboxItemProps {
  request: OutboxSummary;
  group: OutboxGroupName;
  serviceName: string;
  now: number;
}

/** One request on the outbox page: its reference linking to its page, and what its group needs said. */
export function OutboxItem({ request, group, serviceName, now }: OutboxItemProps) {
  return (
    <li class="outbox-item" data-testid="outbox-item" data-request-id={request.id} data-state={request.state}>
      <p class="outbox-item-title">
        <Link href={paths.request(request.id)} data-testid="outbox-item-link">
          {t('outbox.item.open', { ref: request.localRef })}
        </Link>{' '}
        · {serviceName} · {t('outbox.item.completed', { when: formatMoment(request.completedAt, now) })}
      </p>
      {group === 'retry' && (
        <p class="outbox-item-detail" data-testid="outbox-retry">
          {retryText(request.nextAttemptAt, now)}
          {request.attempts > 0 && <> · {tPlural('outbox.item.attempts', request.attempts)}</>}
        </p>
      )}
      {group === 'delivered' && (
        <p class="outbox-item-detail" data-testid="outbox-delivered">
          {t('outbox.item.hubRef')} <strong data-testid="outbox-hub-ref">{request.hubRef ?? '—'}</strong>
          {request.receivedAt !== null && (
            <> · {t('outbox.item.receivedAt', { when: formatMoment(request.receivedAt, now) })}</>
          )}
        </p>
      )}
      {(group === 'attention' || group === 'archived') && (
        <p class="outbox-item-detail" data-testid="outbox-reason">
          <span class="outbox-label">{t('outbox.attention.reason')}</span> {attentionReason(request.lastError)}
        </p>
      )}
      {group === 'attention' && <p class="outbox-item-detail">{t('outbox.item.whatToDo')}</p>}
      {group === 'archived' && request.archived && (
        <p class="outbox-item-detail" data-testid="outbox-archive-note">
          {t('outbox.item.archived', { when: formatMoment(request.archived.at, now) })}{' '}
          <q class="outbox-note">{request.archived.note}</q>
        </p>
      )}
    </li>
  );
}
