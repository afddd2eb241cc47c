import type { BalcaoDb } from '../db/balcaoDb.ts';
import type { DeviceRecord } from '../db/device/deviceRecord.ts';
import type { EnrollmentScreenProps } from '../features/enrollment/EnrollmentScreen.tsx';
import type { Locale } from '../i18n/locale.ts';
import { t } from '../i18n/t.ts';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';
import { LazyPage } from './LazyPage.tsx';
import { usePath } from './router.ts';
import { matchRoute } from './routes.ts';

// Only a device that is not enrolled needs the enrollment screen and what it brings (valibot, the key
// generation): it loads on its own.
const loadEnrollment = () => import('../features/enrollment/EnrollmentScreen.tsx').then((m) => m.EnrollmentScreen);
const loadStatement = () => import('./AccessibilityStatement.tsx').then((m) => m.AccessibilityStatement);

interface EnrollmentShellProps {
  db: BalcaoDb;
  fetch: typeof fetch;
  locale: Locale;
  revoked: boolean;
  onEnrolled: (device: DeviceRecord) => void;
}

/** The window of a device that is not enrolled: whatever the address, the enrollment screen (the accessibility statement aside). */
export function EnrollmentShell({ db, fetch, locale, revoked, onEnrolled }: EnrollmentShellProps) {
  const path = usePath();
  const statement = matchRoute(path).name === 'accessibility';
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header locale={locale} />
      <main id="main" class="main" tabIndex={-1}>
        {statement ? (
          <LazyPage load={loadStatement} />
        ) : (
          <LazyPage<EnrollmentScreenProps> load={loadEnrollment} props={{ db, fetch, revoked, onEnrolled }} />
        )}
      </main>
      <Footer />
    </>
  );
}
