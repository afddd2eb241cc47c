import { useState } from 'preact/hooks';
import { useAfterFirstFrame } from '../../app/useAfterFirstFrame.ts';
import type { CatalogMeta } from '../../db/balcaoDb.ts';
import { formatRelativeTime } from '../../i18n/formatRelativeTime.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { t, tRich } from '../../i18n/t.ts';
import type { RefreshStatus } from './catalogRefresher.ts';

interface CatalogStatusProps {
  meta: CatalogMeta;
  status: RefreshStatus | null;
  onRefresh: () => void;
  now: number;
}

/**
 * Which catalog the device uses and how fresh it is, the "Atualizar catálogo" button, and, after a
 * failed refresh, what went wrong and that the saved catalog is still in use.
 */
export function CatalogStatus({ meta, status, onRefresh, now }: CatalogStatusProps) {
  // Success is said only after the mediator asked: the refreshes on start and on a timer stay quiet.
  const [asked, setAsked] = useState(false);
  const running = status?.running ?? false;
  const heardAt = meta.checkedAt ?? meta.updatedAt;
  const afterFirstFrame = useAfterFirstFrame();
  const when = heardAt === null ? t('status.whenUnknown') : afterFirstFrame ? formatRelativeTime(heardAt, now) : '';
  const version = <span data-testid="catalog-version">{meta.version}</span>;

  let message: { text: string; failure: boolean } | null = null;
  if (running) message = { text: t('status.refreshing'), failure: false };
  else if (status?.failure) {
    // With no saved catalog, none is "in use": say only what went wrong (the page says what to do).
    const key: MessageKey = meta.version > 0 ? `status.failure.${status.failure}` : `never.reason.${status.failure}`;
    message = { text: t(key, { when }), failure: true };
  } else if (asked && status?.last?.kind === 'updated')
    message = { text: t('status.updated', { version: status.last.version }), failure: false };
  else if (asked && status?.last?.kind === 'current') message = { text: t('status.current'), failure: false };

  return (
    <section class="catalog-status" data-testid="catalog-status" aria-label={t('status.region')}>
      <p class="status-facts">
        <span class="status-version">
          {tRich(meta.version > 0 ? 'status.version' : 'status.noCatalog', { version })}
        </span>{' '}
        <span class="status-refreshed" data-testid="catalog-refreshed-at">
          {heardAt === null ? (
            t('status.neverRefreshed')
          ) : (
            <time dateTime={new Date(heardAt).toISOString()}>{when && t('status.refreshedAt', { when })}</time>
          )}
        </span>
      </p>
      <button
        type="button"
        class="button refresh"
        data-testid="catalog-refresh"
        disabled={running}
        aria-busy={running}
        onClick={() => {
          setAsked(true);
          onRefresh();
        }}
      >
        {running && <span class="spinner" aria-hidden="true" />}
        {t('status.refresh')}
      </button>
      <div class="status-message" role="status" data-testid="catalog-message">
        {message && (
          <p
            class={message.failure ? 'notice warning' : 'notice'}
            data-testid={message.failure ? 'catalog-failure' : undefined}
          >
            {message.text}
          </p>
        )}
      </div>
    </section>
  );
}
