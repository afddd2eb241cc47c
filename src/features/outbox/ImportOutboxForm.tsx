import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorSummary, type SummaryItem } from '../../app/ErrorSummary.tsx';
import { TextField } from '../../app/TextField.tsx';
import { deviceIdentity } from '../../db/device/deviceIdentity.ts';
import { importOutbox, type OutboxImport } from '../../db/outbox/importOutbox.ts';
import { type OutboxFileProblem, OutboxFileRefused } from '../../db/outbox/OutboxFileRefused.ts';
import { formatDateTime } from '../../i18n/formatDate.ts';
import { t, tPlural } from '../../i18n/t.ts';
import { drainAfterCompletion } from '../../sw-bridge/requestDrain.ts';
import { useSession } from '../session/SessionProvider.tsx';

type Code =
  | 'file-missing'
  | 'passphrase-missing'
  | Extract<
      OutboxFileProblem,
      'not-an-export' | 'damaged' | 'unsupported-version' | 'wrong-passphrase' | 'other-spot' | 'not-enrolled'
    >
  | 'failed';
interface Problem {
  code: Code;
  /** For `other-spot`: the spot the file is from. */
  spot?: { id: string; name: string };
}
type FieldId = 'import-file' | 'import-passphrase';

const FIELD_OF: Partial<Record<Code, FieldId>> = {
  'file-missing': 'import-file',
  'not-an-export': 'import-file',
  damaged: 'import-file',
  'unsupported-version': 'import-file',
  'other-spot': 'import-file',
  'passphrase-missing': 'import-passphrase',
  'wrong-passphrase': 'import-passphrase',
};

/**
 * "Importar envios de um ficheiro": the file and its passphrase; the new requests are queued in one
 * write, said with how many were new, and a drain is asked for at once.
 */
export function ImportOutboxForm() {
  const { db, spot } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [working, setWorking] = useState(false);
  const [problems, setProblems] = useState<{ list: Problem[]; attempt: number } | null>(null);
  const [result, setResult] = useState<OutboxImport | null>(null);
  const resultBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (result) resultBox.current?.focus();
  }, [result]);

  const fail = (list: Problem[]) => setProblems((previous) => ({ list, attempt: (previous?.attempt ?? 0) + 1 }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (working) return;
    const found: Problem[] = [];
    if (!file) found.push({ code: 'file-missing' });
    if (passphrase === '') found.push({ code: 'passphrase-missing' });
    if (!file || found.length > 0) return fail(found);

    setProblems(null);
    setResult(null);
    setWorking(true);
    try {
      const device = await deviceIdentity(db);
      if (!device) throw new OutboxFileRefused('not-enrolled');
      const imported = await importOutbox(db, file, passphrase, device);
      setResult(imported);
      setPassphrase('');
      if (imported.added > 0) void drainAfterCompletion(db);
    } catch (error) {
      if (error instanceof OutboxFileRefused && error.code in CODES) {
        fail([{ code: error.code as Code, ...(error.spot && { spot: error.spot }) }]);
      } else {
        console.error('could not import the outbox file', error);
        fail([{ code: 'failed' }]);
      }
    } finally {
      setWorking(false);
    }
  };

  const list = problems?.list ?? [];
  const messageOf = ({ code, spot: from }: Problem) =>
    t(`outbox.import.problem.${code}`, { spot: from?.name ?? '', id: from?.id ?? '' });
  const errorAt = (field: FieldId) => {
    const problem = list.find((p) => FIELD_OF[p.code] === field);
    return problem ? messageOf(problem) : null;
  };
  const items: SummaryItem[] = list.map((problem) => {
    const fieldId = FIELD_OF[problem.code];
    return fieldId ? { fieldId, message: messageOf(problem) } : { message: messageOf(problem) };
  });
  const fileError = errorAt('import-file');
  const fileDescribedBy = ['import-file-hint', fileError ? 'import-file-error' : null].filter(Boolean).join(' ');

  return (
    <section class="outbox-import" aria-labelledby="outbox-import-title" data-testid="import-form">
      <h3 id="outbox-import-title">{t('outbox.import.title')}</h3>
      <p class="prose">{t('outbox.import.intro', { spot: spot.name })}</p>
      {problems && list.length > 0 && (
        <ErrorSummary
          title={t('outbox.import.errorTitle')}
          items={items}
          attempt={problems.attempt}
          data-testid="import-error"
          data-code={list.map((p) => p.code).join(' ')}
        />
      )}
      <form class="form" onSubmit={submit} noValidate aria-busy={working}>
        <div class={fileError ? 'field field-invalid' : 'field'}>
          <label for="import-file" class="field-label">
            {t('outbox.import.file')}
          </label>
          <p id="import-file-hint" class="hint">
            {t('outbox.import.fileHint')}
          </p>
          {fileError && (
            <p id="import-file-error" class="field-error">
              <span class="visually-hidden">{t('form.errorPrefix')} </span>
              {fileError}
            </p>
          )}
          <input
            id="import-file"
            type="file"
            class="text-input"
            accept=".balcao,application/octet-stream"
            data-testid="import-file"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileDescribedBy}
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
        </div>
        <TextField
          id="import-passphrase"
          type="password"
          label={t('outbox.transfer.passphrase')}
          error={errorAt('import-passphrase')}
          data-testid="import-passphrase"
          autocomplete="off"
          value={passphrase}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
        <div class="form-actions">
          <button type="submit" class="button primary" data-testid="import-submit" disabled={working}>
            {t('outbox.import.submit')}
          </button>
        </div>
        <div role="status" class="form-progress">
          {working && (
            <p class="progress">
              <span class="spinner" aria-hidden="true" />
              <span>{t('outbox.import.working')}</span>
            </p>
          )}
        </div>
      </form>
      {result && (
        <div
          ref={resultBox}
          tabIndex={-1}
          class="notice success"
          data-testid="import-result"
          data-added={result.added}
          data-already={result.already}
        >
          <p class="notice-title">
            {result.added > 0 ? tPlural('outbox.import.added', result.added) : t('outbox.import.nothingNew')}
          </p>
          {result.added > 0 && result.already > 0 && <p>{tPlural('outbox.import.already', result.already)}</p>}
          <p>
            {t('outbox.import.from', { when: formatDateTime(result.from.exportedAt), spot: result.from.spot.name })}
          </p>
          {result.added > 0 && <p>{t('outbox.import.sending')}</p>}
        </div>
      )}
    </section>
  );
}

/** The refusals of importOutbox this form words (the export's own are never thrown here). */
const CODES: Partial<Record<OutboxFileProblem, true>> = {
  'not-an-export': true,
  damaged: true,
  'unsupported-version': true,
  'wrong-passphrase': true,
  'other-spot': true,
  'not-enrolled': true,
};
