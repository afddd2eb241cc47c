import type { BalcaoDb } from '../db/balcaoDb.ts';
import type { CatalogSnapshot } from '../features/catalog/catalogSnapshot.ts';
import type { SearchPort } from '../features/catalog/searchFeed.ts';
import { type StartRefresher, startRefresherLazily } from '../features/catalog/startRefresherLazily.ts';
import { useLocale } from '../i18n/useLocale.ts';
import { BootMessage } from './BootMessage.tsx';
import { DeviceGate } from './DeviceGate.tsx';
import type { DeviceState } from './readDeviceState.ts';
import { StorageBlockedPage } from './StorageBlockedPage.tsx';
import { useOpenDatabase } from './useOpenDatabase.ts';

export interface AppProps {
  db: BalcaoDb;
  search: SearchPort;
  startRefresher?: StartRefresher;
  /** How the device reaches the hub (enrollment, the device check). */
  fetch?: typeof fetch;
  /** The catalog as read before the first render (main.tsx), so the first frame already shows it. */
  initialCatalog?: CatalogSnapshot | undefined;
  /** The device's enrollment as read before the first render, beside the catalog. */
  initialDevice?: DeviceState | undefined;
}

const networkFetch: typeof fetch = (input, init) => fetch(input, init);

/**
 * The mediator's window: opens the device's database, then the catalog app of an enrolled device or the
 * enrollment screen; or says why it cannot.
 */
export function App({
  db,
  search,
  startRefresher = startRefresherLazily,
  fetch = networkFetch,
  initialCatalog,
  initialDevice,
}: AppProps) {
  const locale = useLocale();
  const database = useOpenDatabase(db);
  if (database.status === 'failed') {
    return <StorageBlockedPage blockedByTab={database.blockedByTab} />;
  }
  if (database.status === 'opening') {
    return <BootMessage />;
  }
  return (
    <DeviceGate
      db={db}
      search={search}
      startRefresher={startRefresher}
      fetch={fetch}
      locale={locale}
      initialCatalog={initialCatalog}
      initialDevice={initialDevice}
    />
  );
}
