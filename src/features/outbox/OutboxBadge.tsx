import './outbox.css';
import { Link } from '../../app/Link.tsx';
import { paths } from '../../app/routes.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { useNow } from '../../app/useNow.ts';
import { countPending } from '../../db/outbox/countPending.ts';
import { t, tPlural } from '../../i18n/t.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { LastContact } from './LastContact.tsx';
import { useDrainStatus } from './useDrainStatus.ts';
import { useLeaveWarning } from './useLeaveWarning.ts';

/**
 * The header's view of the outbox (issue 5, item 6), on every page of an enrolled device: how many
 * requests the hub does not have yet, linking to the outbox, and when the hub last answered. It also
 * keeps the tab from closing unasked while a drain it watches is running.
 */
export function OutboxBadge() {
  // Its own subscription to the language, so the header's words change with it wherever it is mounted.
  useLocale();
  const { db } = useSession();
  const count = useLiveQuery(() => countPending(db), [db]);
  const drain = useDrainStatus();
  const now = useNow();
  useLeaveWarning(drain.running);
  const pending = count.status === 'ready' ? count.value : null;
  return (
    <div
      class="outbox-status"
      data-testid="outbox-badge"
      data-pending={pending === null ? undefined : String(pending.pending)}
      data-attention={pending === null ? undefined : String(pending.attention)}
      data-sending={drain.running ? 'true' : undefined}
    >
      <Link href={paths.outbox()} class={`button outbox-link${pending?.attention ? ' outbox-link-attention' : ''}`}>
        {drain.running && <span class="spinner" aria-hidden="true" />}
        {pending === null ? (
          t('outbox.badge.label')
        ) : pending.pending === 0 ? (
          t('outbox.badge.none')
        ) : (
          <span data-testid="outbox-badge-text">
            {tPlural('outbox.badge.pending', pending.pending)}
            {pending.attention > 0 && <>, {tPlural('outbox.badge.attention', pending.attention)}</>}
          </span>
        )}
      </Link>
      <LastContact at={drain.lastContactAt} now={now} />
    </div>
  );
}
