import { t, tRich } from '../i18n/t.ts';
import { buildName } from './buildName.ts';
import { Link } from './Link.tsx';
import { paths } from './routes.ts';

export function Footer() {
  return (
    <footer class="footer">
      <div class="footer-inner">
        <p>
          {t('app.name')} · {tRich('app.build', { build: <span data-testid="app-build">{buildName}</span> })}
        </p>
        <nav aria-label={t('app.footer')}>
          <Link href={paths.accessibility()} class="footer-link">
            {t('app.accessibilityLink')}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
