// First start (issue 3, item 1): the device asks for the one-time code a coordinator made on the hub,
// and enrolls with it. Loaded on its own: an enrolled device never needs this code.
import { useEffect, useState } from 'preact/hooks';
import { ErrorSummary } from '../../app/ErrorSummary.tsx';
import { PageHeading } from '../../app/PageHeading.tsx';
import { forgetWipe } from '../../app/readDeviceState.ts';
import { TextField } from '../../app/TextField.tsx';
import { useOnline } from '../../app/useOnline.ts';
import type { BalcaoDb } from '../../db/balcaoDb.ts';
import { deviceIdentity } from '../../db/device/deviceIdentity.ts';
import type { DeviceRecord } from '../../db/device/deviceRecord.ts';
import { EnrollError, type EnrollFailure, enrollDevice } from '../../db/device/enrollDevice.ts';
import { t } from '../../i18n/t.ts';

export interface EnrollmentScreenProps {
  db: BalcaoDb;
  fetch: typeof fetch;
  /** The device was wiped because the hub revoked it: say so first. */
  revoked: boolean;
  onEnrolled: (device: DeviceRecord) => void;
}

/** What the coordinator runs on the hub; a command, the same in every language. */
const ENROLL_CODE_COMMAND = 'npm run hub -- enroll-code --spot ID';
export const MAX_DEVICE_LABEL = 80;

// The refusals that are about the code as typed: shown beside the code field as well as in the summary.
const ABOUT_THE_CODE: readonly EnrollFailure[] = [
  'enroll-code-missing',
  'enroll-code-unknown',
  'enroll-code-expired',
  'enroll-code-used',
  'enroll-bad-proof',
];

export function EnrollmentScreen({ db, fetch, revoked, onEnrolled }: EnrollmentScreenProps) {
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<{ code: EnrollFailure; attempt: number } | null>(null);
  const online = useOnline();

  // The first useful screen of a device that is not enrolled, as `catalog` is an enrolled one's; like
  // that mark, it says only what the window showed first (a revoked device keeps its `catalog`).
  useEffect(() => {
    document.documentElement.dataset.ready ??= 'enroll';
  }, []);

  const enrolled = async (device: DeviceRecord) => {
    await forgetWipe();
    onEnrolled(device);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (working) return;
    setWorking(true);
    const deviceLabel = label.trim();
    try {
      await enrolled(await enrollDevice({ code, db, fetch, ...(deviceLabel ? { label: deviceLabel } : {}) }));
      return;
    } catch (error) {
      const reason: EnrollFailure = error instanceof EnrollError ? error.code : 'hub-error';
      if (!(error instanceof EnrollError)) console.error('enrollment failed', error);
      // Another tab enrolled the device meanwhile: carry on with its identity.
      const device = reason === 'already-enrolled' ? await deviceIdentity(db).catch(() => undefined) : undefined;
      if (device) return enrolled(device);
      setFailure((previous) => ({ code: reason, attempt: (previous?.attempt ?? 0) + 1 }));
    }
    setWorking(false);
  };

  const message = failure ? t(`enroll.error.${failure.code}`) : null;
  const aboutTheCode = failure !== null && ABOUT_THE_CODE.includes(failure.code);

  return (
    <section class="page enroll-screen" data-testid="enroll-screen">
      <PageHeading title={t('enroll.title')} />
      {revoked && (
        <div class="notice warning" role="status">
          <p class="notice-title">{t('device.revoked.title')}</p>
          <p data-testid="device-revoked">{t('enroll.revoked')}</p>
        </div>
      )}
      <p class="prose">{t('enroll.intro')}</p>
      <p class="prose">{t('enroll.howTo')}</p>
      <pre class="command">
        <code>{ENROLL_CODE_COMMAND}</code>
      </pre>
      {!online && (
        <p class="notice warning" role="status" data-testid="enroll-offline">
          {t('enroll.offline')}
        </p>
      )}
      {failure && message && (
        <ErrorSummary
          title={t('enroll.errorTitle')}
          items={[aboutTheCode ? { fieldId: 'enroll-code', message } : { message }]}
          attempt={failure.attempt}
          data-testid="enroll-error"
          data-code={failure.code}
        />
      )}
      <form class="form" onSubmit={submit} noValidate aria-busy={working}>
        <TextField
          id="enroll-code"
          label={t('enroll.code')}
          hint={t('enroll.codeHint')}
          error={aboutTheCode ? message : null}
          data-testid="enroll-code"
          name="code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          value={code}
          onInput={(event) => setCode(event.currentTarget.value)}
        />
        <TextField
          id="enroll-label"
          label={t('enroll.label')}
          hint={t('enroll.labelHint')}
          optional
          data-testid="enroll-label"
          name="label"
          autocomplete="off"
          maxLength={MAX_DEVICE_LABEL}
          value={label}
          onInput={(event) => setLabel(event.currentTarget.value)}
        />
        <div class="form-actions">
          <button
            type="submit"
            class="button primary"
            data-testid="enroll-submit"
            disabled={working}
            aria-busy={working}
          >
            {working && <span class="spinner" aria-hidden="true" />}
            {t('enroll.submit')}
          </button>
          <p class="form-progress" role="status">
            {working ? t('enroll.working') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
