import { useEffect, useState } from 'preact/hooks';
import type { CatalogRefresher, RefreshStatus } from './catalogRefresher.ts';

/** The refresher's status, following it as refreshes start and end. */
export function useRefreshStatus(refresher: CatalogRefresher | null): RefreshStatus | null {
  const [status, setStatus] = useState<RefreshStatus | null>(refresher?.status() ?? null);
  useEffect(() => {
    if (!refresher) return;
    setStatus(refresher.status());
    return refresher.subscribe(setStatus);
  }, [refresher]);
  return status;
}
