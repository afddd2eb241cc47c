import type { CatalogMeta } from '../db/balcaoDb.ts';
import type { SpotProfile } from '../db/device/deviceProfile.ts';
import { CatalogStatus } from '../features/catalog/CatalogStatus.tsx';
import type { RefreshStatus } from '../features/catalog/catalogRefresher.ts';
import { OutboxBadge } from '../features/outbox/OutboxBadge.tsx';
import { SessionStatus } from '../features/session/SessionStatus.tsx';
import { UpdatePrompt } from '../features/update/UpdatePrompt.tsx';
import type { Locale } from '../i18n/locale.ts';
import { t } from '../i18n/t.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Link } from './Link.tsx';
import { paths } from './routes.ts';
import { useNow } from './useNow.ts';

interface HeaderProps {
  locale: Locale;
  /** The enrolled device's spot; with it come the spot's name and the mediator's session. */
  spot?: SpotProfile;
  /** The catalog's version and freshness, once it has been read. */
  catalog?: { meta: CatalogMeta; status: RefreshStatus | null; onRefresh: () => void } | null;
}

export function Header({ locale, spot, catalog }: HeaderProps) {
  return (
    <header class="header">
      <div class="header-bar">
        <Link href={paths.catalog()} class="brand" data-testid="nav-home">
          <span class="brand-name">{t('app.name')}</span>
          <span class="brand-tagline">{t('app.tagline')}</span>
        </Link>
        {spot && (
          <p class="spot" data-testid="spot-name">
            <span class="visually-hidden">{t('spot.label')} </span>
            <span class="spot-name">{spot.name}</span> <span class="spot-kind">· {t(`spotKind.${spot.kind}`)}</span>
          </p>
        )}
        {spot && (
          <Link href={paths.attendances()} class="button nav-attendances" data-testid="nav-attendances">
            {t('attendance.home.title')}
          </Link>
        )}
        {spot && <OutboxBadge />}
        {spot && <SessionStatus />}
        <LanguageSwitch locale={locale} />
      </div>
      {catalog && <LiveCatalogStatus {...catalog} />}
      <UpdatePrompt />
    </header>
  );
}

/** The status with a clock of its own, so "há 2 minutos" stays true without re-rendering the page. */
function LiveCatalogStatus(props: { meta: CatalogMeta; status: RefreshStatus | null; onRefresh: () => void }) {
  const now = useNow();
  return <CatalogStatus {...props} now={now} />;
}
