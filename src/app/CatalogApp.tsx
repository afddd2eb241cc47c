import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BalcaoDb } from '../db/balcaoDb.ts';
import type { SpotProfile } from '../db/device/deviceProfile.ts';
import type { CatalogRefresher } from '../features/catalog/catalogRefresher.ts';
import { type CatalogSnapshot, readCatalogSnapshot } from '../features/catalog/catalogSnapshot.ts';
import { createSearchFeed, type SearchPort } from '../features/catalog/searchFeed.ts';
import type { StartRefresher } from '../features/catalog/startRefresherLazily.ts';
import { useRefreshStatus } from '../features/catalog/useRefreshStatus.ts';
import type { Locale } from '../i18n/locale.ts';
import { t } from '../i18n/t.ts';
import type { DeviceCheck } from './checkDeviceWithHub.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';
import { Pages } from './Pages.tsx';
import { usePath } from './router.ts';
import { StorageBlockedPage } from './StorageBlockedPage.tsx';
import { catalogOfSpot, spotOfferKey } from './servicesOfSpot.ts';
import { useDeviceCheck } from './useDeviceCheck.ts';
import { useLiveQuery } from './useLiveQuery.ts';

interface CatalogAppProps {
  db: BalcaoDb;
  search: SearchPort;
  startRefresher: StartRefresher;
  fetch: typeof fetch;
  locale: Locale;
  /** The enrolled device's spot: the catalog shown and searched is the spot's. */
  spot: SpotProfile;
  initialCatalog?: CatalogSnapshot | undefined;
  /** The device was enrolled a moment ago: confirm it on the first page. */
  justEnrolled?: boolean;
  onDeviceCheck: (check: DeviceCheck) => void;
}

/** The shell around the pages, with the catalog read live from the database and kept fresh from the hub. */
export function CatalogApp({
  db,
  search,
  startRefresher,
  fetch,
  locale,
  spot,
  initialCatalog,
  justEnrolled = false,
  onDeviceCheck,
}: CatalogAppProps) {
  const path = usePath();
  const [welcomePath] = useState(path);
  const catalog = useLiveQuery(() => readCatalogSnapshot(db), [db], initialCatalog);
  const offer = spotOfferKey(spot);
  // A new index whenever what the spot offers changes (the hub's profile can change it).
  const feed = useMemo(() => createSearchFeed(search), [search, offer]);
  const [refresher, setRefresher] = useState<CatalogRefresher | null>(null);
  const status = useRefreshStatus(refresher);
  useDeviceCheck({ db, fetch }, status, onDeviceCheck);

  // One refresher for the window's life: on start, on a timer, when the network returns, on the button.
  // It starts once the first screen is up, so its code and its first request never delay the catalog.
  useEffect(() => {
    let live = true;
    let started: CatalogRefresher | null = null;
    const start = () => {
      void Promise.resolve(startRefresher({ db })).then((refresher) => {
        if (!live) return refresher.stop();
        started = refresher;
        setRefresher(refresher);
      });
    };
    const timer = setTimeout(start, 0);
    return () => {
      live = false;
      clearTimeout(timer);
      started?.stop();
    };
  }, [db, startRefresher]);

  const stored = catalog.status === 'ready' ? catalog.value : null;
  // What the pages list and the search indexes: the spot's services only.
  const snapshot = useMemo(() => (stored ? catalogOfSpot(stored, spot) : null), [stored, offer]);

  // The search index follows the catalog's version (the worker rebuilds it in a few milliseconds).
  useEffect(() => {
    if (snapshot && snapshot.meta.version > 0) feed.load(snapshot.meta.version, snapshot.services, snapshot.entities);
  }, [feed, snapshot?.meta.version]);

  if (catalog.status === 'error') {
    console.error('could not read the catalog', catalog.error);
    return <StorageBlockedPage blockedByTab={false} />;
  }

  const refresh = () => void refresher?.refreshNow();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header locale={locale} spot={spot} catalog={snapshot && { meta: snapshot.meta, status, onRefresh: refresh }} />
      <main id="main" class="main" tabIndex={-1}>
        {justEnrolled && path === welcomePath && (
          <p class="notice success" role="status" data-testid="enrolled-notice">
            {t('enroll.enrolled', { spot: spot.name })}
          </p>
        )}
        <ErrorBoundary key={path}>
          <Pages key={path} path={path} catalog={snapshot} status={status} feed={feed} onRefresh={refresh} />
        </ErrorBoundary>
      </main>
      <Footer />
    </>
  );
}
