import type { CatalogMeta } from '../db/balcaoDb.ts';
import { CatalogStatus } from '../features/catalog/CatalogStatus.tsx';
import type { RefreshStatus } from '../features/catalog/catalogRefresher.ts';
import { UpdatePrompt } from '../features/update/UpdatePrompt.tsx';
import type { Locale } from '../i18n/locale.ts';
import { t } from '../i18n/t.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Link } from './Link.tsx';
import { paths } from './routes.ts';
import { useNow } from './useNow.ts';

interface HeaderProps {
  locale: Locale;
  meta: CatalogMeta | null;
  status: RefreshStatus | null;
  onRefresh: () => void;
}

export function Header({ locale, meta, status, onRefresh }: HeaderProps) {
  const now = useNow();
  return (
    <header class="header">
      <div class="header-bar">
        <Link href={paths.catalog()} class="brand">
          <span class="brand-name">{t('app.name')}</span>
          <span class="brand-tagline">{t('app.tagline')}</span>
        </Link>
        <LanguageSwitch locale={locale} />
      </div>
      {meta && <CatalogStatus meta={meta} status={status} onRefresh={onRefresh} now={now} />}
      <UpdatePrompt />
    </header>
  );
}
