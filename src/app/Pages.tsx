import { CatalogScreen } from '../features/catalog/CatalogScreen.tsx';
import type { RefreshStatus } from '../features/catalog/catalogRefresher.ts';
import type { CatalogSnapshot } from '../features/catalog/catalogSnapshot.ts';
import { EntityPage } from '../features/catalog/EntityPage.tsx';
import { LifeEventPage } from '../features/catalog/LifeEventPage.tsx';
import { NeverDownloaded } from '../features/catalog/NeverDownloaded.tsx';
import { ServicePage } from '../features/catalog/ServicePage.tsx';
import type { SearchFeed } from '../features/catalog/searchFeed.ts';
import { t } from '../i18n/t.ts';
import { LazyPage } from './LazyPage.tsx';
import { NotFound } from './NotFound.tsx';
import { matchRoute } from './routes.ts';

// The statement is read rarely: its code and text load when it is opened (and are precached for offline).
const loadStatement = () => import('./AccessibilityStatement.tsx').then((module) => module.AccessibilityStatement);
// The mediator panel brings the key derivation and the lockout rules: they load when it is opened.
const loadMediatorPanel = () => import('../features/session/MediatorPanel.tsx').then((module) => module.MediatorPanel);
// The attendance brings the forms, the sealing and the receipt: it loads when the mediator starts serving.
const loadAttendances = () =>
  import('../features/attendance/AttendancesPage.tsx').then((module) => module.AttendancesPage);
const loadAttendance = () =>
  import('../features/attendance/AttendancePage.tsx').then((module) => module.AttendancePage);
const loadRequest = () => import('../features/attendance/RequestPage.tsx').then((module) => module.RequestPage);
// The take-home guide is printed at the end of an attendance, with its QR code.
const loadGuide = () => import('../features/guide/TakeHomeGuide.tsx').then((module) => module.TakeHomeGuide);
// The outbox's list, progress and storage estimate load when the mediator opens it (the badge does not need them).
const loadOutbox = () => import('../features/outbox/OutboxPage.tsx').then((module) => module.OutboxPage);

interface PagesProps {
  path: string;
  catalog: CatalogSnapshot | null;
  status: RefreshStatus | null;
  feed: SearchFeed;
  onRefresh: () => void;
}

/** The page for the current path. */
export function Pages({ path, catalog, status, feed, onRefresh }: PagesProps) {
  const route = matchRoute(path, location.search);
  if (route.name === 'accessibility') return <LazyPage load={loadStatement} />;
  // The panel needs no catalog: a mediator can sign in before the first download.
  if (route.name === 'mediator') return <LazyPage load={loadMediatorPanel} />;
  if (route.name === 'notFound') return <NotFound />;
  if (!catalog)
    return (
      <p class="notice" role="status">
        {t('catalog.reading')}
      </p>
    );
  if (catalog.meta.version === 0) return <NeverDownloaded status={status} onRetry={onRefresh} />;
  switch (route.name) {
    case 'catalog':
      return <CatalogScreen catalog={catalog} feed={feed} />;
    case 'service':
      return <ServicePage catalog={catalog} id={route.id} />;
    case 'entity':
      return <EntityPage catalog={catalog} id={route.id} />;
    case 'lifeEvent':
      return <LifeEventPage catalog={catalog} id={route.id} />;
    case 'attendances':
      return <LazyPage load={loadAttendances} props={{ catalog }} />;
    case 'attendance':
      return <LazyPage load={loadAttendance} props={{ catalog, id: route.id }} />;
    case 'request':
      return <LazyPage load={loadRequest} props={{ catalog, id: route.id }} />;
    case 'outbox':
      return <LazyPage load={loadOutbox} props={{ catalog }} />;
    case 'guide':
      return <LazyPage load={loadGuide} props={{ catalog, id: route.id, reference: route.reference }} />;
  }
}
