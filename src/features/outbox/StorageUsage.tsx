import { useEffect, useId, useState } from 'preact/hooks';
import { numberFormat } from '../../i18n/intlFormat.ts';
import { t } from '../../i18n/t.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { formatBytes } from './formatBytes.ts';
import { type StorageUse, storageUse } from './storageUse.ts';

export type StorageEstimator = Pick<StorageManager, 'estimate'>;

/** The browser's storage manager, where it has one (not in every browser, nor in an insecure context). */
function deviceStorage(): StorageEstimator | null {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return storage && typeof storage.estimate === 'function' ? storage : null;
}

interface StorageUsageProps {
  /** Where the estimate comes from; the browser's by default, null for none. */
  storage?: StorageEstimator | null | undefined;
  /** Anything that changes what is stored (the outbox's size, a drain's end): a new estimate is asked. */
  refresh?: unknown;
}

/**
 * How much of its room the app uses, in words, and a warning from 80 % of it (issue 5, item 7): a device
 * that fills up can no longer complete requests, and a browser short of room may evict what is stored.
 * Nothing shows where the browser gives no estimate.
 */
export function StorageUsage({ storage = deviceStorage(), refresh }: StorageUsageProps) {
  const locale = useLocale();
  const [use, setUse] = useState<StorageUse | null>(null);
  const titleId = useId();
  useEffect(() => {
    if (!storage) return;
    let live = true;
    storage.estimate().then(
      (estimate) => live && setUse(storageUse(estimate)),
      (error: unknown) => console.warn('could not estimate the storage used', error),
    );
    return () => {
      live = false;
    };
  }, [storage, refresh]);
  if (!use) return null;
  const percent =
    use.ratio === null
      ? null
      : // Rounded down, so 79.9 % never reads "80 %" beside no warning.
        numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
          Math.floor(Math.min(use.ratio, 1) * 100) / 100,
        );
  return (
    <section class="storage-usage" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('outbox.storage.title')}</h2>
      <p data-testid="storage-usage" data-ratio={use.ratio === null ? undefined : use.ratio.toFixed(3)}>
        {use.quota === null || percent === null
          ? t('outbox.storage.usageOnly', { usage: formatBytes(use.usage, locale) })
          : t('outbox.storage.usage', {
              usage: formatBytes(use.usage, locale),
              quota: formatBytes(use.quota, locale),
              percent,
            })}
      </p>
      {use.nearlyFull && percent !== null && (
        <div class="notice warning" role="alert" data-testid="storage-warning">
          <p class="notice-title">{t('outbox.storage.warningTitle')}</p>
          <p>{t('outbox.storage.warning', { percent })}</p>
        </div>
      )}
    </section>
  );
}
