import { useEffect } from 'preact/hooks';
import { PageHeading } from '../../app/PageHeading.tsx';
import { t } from '../../i18n/t.ts';
import type { RefreshStatus } from './catalogRefresher.ts';
import { markCatalogReady } from './markCatalogReady.ts';

/**
 * The device has no catalog (version 0). While the first download runs, say so; once it has failed,
 * say that the catalog was never downloaded and that one connection to the hub is enough.
 */
export function NeverDownloaded({ status, onRetry }: { status: RefreshStatus | null; onRetry: () => void }) {
  const failure = status && !status.running ? status.failure : null;
  useEffect(() => {
    if (failure) markCatalogReady();
  }, [failure]);

  if (!failure) {
    return (
      <section class="page" data-testid="catalog-downloading">
        <PageHeading title={t('never.downloading')}>
          <span class="spinner" aria-hidden="true" />
          {t('never.downloading')}
        </PageHeading>
      </section>
    );
  }
  return (
    <section class="page" data-testid="catalog-never-downloaded">
      <PageHeading title={t('never.title')} />
      <p class="notice warning" role="status">
        {t(`never.reason.${failure}`)}
      </p>
      <p class="prose">{t('never.body')}</p>
      <button type="button" class="button primary" data-testid="catalog-first-download" onClick={onRetry}>
        {t('never.retry')}
      </button>
    </section>
  );
}
