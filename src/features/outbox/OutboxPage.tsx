// `/envios`: where each completed request stands on its way to the hub (issue 5, items 6 and 7), the
// mediator's "Enviar agora", the drain as it runs and how it ended, the room left on the device, and the
// outbox to a file and back.
import './outbox.css';
import { useEffect, useId, useState } from 'preact/hooks';
import { PageHeading } from '../../app/PageHeading.tsx';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import { useNow } from '../../app/useNow.ts';
import { isPending } from '../../db/outbox/countPending.ts';
import { listOutbox } from '../../db/requests/listOutbox.ts';
import type { OutboxSummary } from '../../db/requests/outboxSummary.ts';
import { numberFormat } from '../../i18n/intlFormat.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t, tPlural } from '../../i18n/t.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { requestDrain } from '../../sw-bridge/requestDrain.ts';
import type { CatalogSnapshot } from '../catalog/catalogSnapshot.ts';
import { useSession } from '../session/SessionProvider.tsx';
import type { DrainStatus } from './drainWatch.ts';
import { formatMoment } from './formatMoment.ts';
import { groupOutbox, OUTBOX_GROUPS, type OutboxGroupName } from './groupOutbox.ts';
import { LastContact } from './LastContact.tsx';
import { OutboxItem } from './OutboxItem.tsx';
import { OutboxTransfer } from './OutboxTransfer.tsx';
import { SendProgress } from './SendProgress.tsx';
import { type StorageEstimator, StorageUsage } from './StorageUsage.tsx';
import { useDrainAnnouncement } from './useDrainAnnouncement.ts';
import { useDrainStatus } from './useDrainStatus.ts';

/** Delivered requests stay on the device for good: the page lists the latest, and says how many more. */
const DELIVERED_SHOWN = 50;
/** How long "Enviar agora" waits for the sender to answer before it can be pressed again. */
const REQUEST_ANSWER_MS = 15_000;

interface OutboxPageProps {
  catalog: CatalogSnapshot;
  /** Where the storage estimate comes from (the browser's by default). */
  storage?: StorageEstimator | null;
}

export function OutboxPage({ catalog, storage }: OutboxPageProps) {
  const locale = useLocale();
  const { db } = useSession();
  const rows = useLiveQuery(() => listOutbox(db), [db]);
  const drain = useDrainStatus();
  const now = useNow();
  const announcement = useDrainAnnouncement(drain);
  const asked = useAskedToSend(drain);

  const all = rows.status === 'ready' ? rows.value : [];
  const groups = groupOutbox(all);
  const pending = all.filter(isPending).length;
  const serviceName = (id: string) => {
    const service = catalog.serviceById.get(id);
    return service ? pickText(service.name, locale) : id;
  };
  const sendNow = () => {
    asked.start();
    void requestDrain('send-now', db);
  };

  return (
    <section class="page outbox-page" data-testid="outbox-page">
      <PageHeading title={t('outbox.title')} />
      <p class="prose">{t('outbox.intro')}</p>
      <div class="outbox-summary">
        <p data-testid="outbox-pending">
          {pending === 0 ? t('outbox.nothingPending') : tPlural('outbox.badge.pending', pending)}
        </p>
        <LastContact at={drain.lastContactAt} now={now} />
      </div>

      <div class="outbox-send">
        <button
          type="button"
          class="button primary"
          data-testid="send-now"
          disabled={drain.running || asked.waiting}
          aria-describedby={drain.running || asked.waiting ? asked.hintId : undefined}
          onClick={sendNow}
        >
          {t('outbox.sendNow')}
        </button>
        {(drain.running || asked.waiting) && (
          <p id={asked.hintId} class="outbox-send-hint">
            {t(drain.running ? 'outbox.sendNow.running' : 'outbox.sendNow.asked')}
          </p>
        )}
      </div>
      {drain.progress && <SendProgress progress={drain.progress} />}
      {!drain.running && drain.lastOutcome && <DrainOutcome outcome={drain.lastOutcome} now={now} />}
      <p class="visually-hidden" role="status" data-testid="send-announcement">
        {announcement}
      </p>

      <StorageUsage storage={storage} refresh={`${all.length}:${drain.lastOutcome?.at ?? 0}`} />

      {rows.status === 'error' && (
        <p class="notice warning" role="alert" data-testid="outbox-unreadable">
          {t('outbox.unreadable')}
        </p>
      )}
      {rows.status === 'ready' && all.length === 0 && <p>{t('outbox.none')}</p>}
      {OUTBOX_GROUPS.map((name) => (
        <OutboxGroup key={name} name={name} rows={groups[name]} serviceName={serviceName} now={now} />
      ))}

      <OutboxTransfer />
    </section>
  );
}

function OutboxGroup(props: {
  name: OutboxGroupName;
  rows: OutboxSummary[];
  serviceName: (id: string) => string;
  now: number;
}) {
  const { name, rows, serviceName, now } = props;
  const headingId = useId();
  if (rows.length === 0) return null;
  const shown = name === 'delivered' ? rows.slice(0, DELIVERED_SHOWN) : rows;
  return (
    <section
      class={`outbox-group outbox-group-${name}`}
      data-testid={`outbox-group-${name}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>
        {t('outbox.group.heading', {
          title: t(`outbox.group.${name}`),
          count: numberFormat(currentLocale()).format(rows.length),
        })}
      </h2>
      {name === 'attention' && <p class="prose">{t('outbox.attention.whatToDo')}</p>}
      <ul class="outbox-list">
        {shown.map((request) => (
          <OutboxItem
            key={request.id}
            request={request}
            group={name}
            serviceName={serviceName(request.serviceId)}
            now={now}
          />
        ))}
      </ul>
      {shown.length < rows.length && (
        <p data-testid="outbox-delivered-more">
          {t('outbox.delivered.more', { shown: shown.length, total: rows.length })}
        </p>
      )}
    </section>
  );
}

function DrainOutcome({ outcome, now }: { outcome: NonNullable<DrainStatus['lastOutcome']>; now: number }) {
  const problem = outcome.outcome !== 'done';
  return (
    <div
      class={problem ? 'notice warning drain-outcome' : 'notice drain-outcome'}
      data-testid="drain-outcome"
      data-outcome={outcome.outcome}
    >
      <p class="notice-title">{t('outbox.outcome.heading', { when: formatMoment(outcome.at, now) })}</p>
      <p>{t(`outbox.outcome.${outcome.outcome}`)}</p>
    </div>
  );
}

/**
 * "Enviar agora" was pressed and the sender has not answered yet: the button waits, so a double tap asks
 * once, until the next event or REQUEST_ANSWER_MS (no service worker to answer, say).
 */
function useAskedToSend(drain: DrainStatus) {
  const hintId = useId();
  const [askedWhen, setAskedWhen] = useState<number | null>(null);
  useEffect(() => {
    if (askedWhen === null) return;
    if (drain.heard !== askedWhen) {
      setAskedWhen(null);
      return;
    }
    const timer = setTimeout(() => setAskedWhen(null), REQUEST_ANSWER_MS);
    return () => clearTimeout(timer);
  }, [askedWhen, drain.heard]);
  return { hintId, waiting: askedWhen !== null, start: () => setAskedWhen(drain.heard) };
}
