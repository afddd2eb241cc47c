import type { MessageKey } from '../i18n/messages.ts';
import { t } from '../i18n/t.ts';
import { Link } from './Link.tsx';
import { PageHeading } from './PageHeading.tsx';
import { paths } from './routes.ts';

/** A page, service, entity or life event this device does not know: say so kindly and offer the way back. */
export function NotFound({ reason = 'notFound.body' }: { reason?: MessageKey }) {
  return (
    <section class="page" data-testid="not-found">
      <PageHeading title={t('notFound.title')} />
      <p>{t(reason)}</p>
      <p>
        <Link href={paths.catalog()} class="button">
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}
