import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorSummary, type SummaryItem } from '../../app/ErrorSummary.tsx';
import { TextField } from '../../app/TextField.tsx';
import { MIN_PASSPHRASE_CHARACTERS, validateSecret } from '../../core/session/validateSecret.ts';
import { type ExportProgress, exportOutbox } from '../../db/outbox/exportOutbox.ts';
import { OutboxFileRefused } from '../../db/outbox/OutboxFileRefused.ts';
import { numberFormat } from '../../i18n/intlFormat.ts';
import { currentLocale } from '../../i18n/locale.ts';
import { t, tPlural } from '../../i18n/t.ts';
import { useSession } from '../session/SessionProvider.tsx';

type Problem = 'passphrase-too-short' | 'confirm-differs' | 'nothing-to-export' | 'not-enrolled' | 'failed';
type FieldId = 'export-passphrase' | 'export-confirm';

const FIELD_OF: Partial<Record<Problem, FieldId>> = {
  'passphrase-too-short': 'export-passphrase',
  'confirm-differs': 'export-confirm',
};

type Phase = { name: 'idle' } | { name: 'reading'; progress: ExportProgress | null } | { name: 'encrypting' };

interface Ready {
  url: string;
  fileName: string;
  requests: number;
}

/**
 * "Exportar envios para um ficheiro": a passphrase typed twice, then the file (PBKDF2 at 600,000 rounds
 * and the encryption take a moment, said as it goes), then a link that downloads it.
 */
export function ExportOutboxForm() {
  const { db, now } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [problems, setProblems] = useState<{ list: Problem[]; attempt: number } | null>(null);
  const [ready, setReady] = useState<Ready | null>(null);
  const download = useRef<HTMLAnchorElement>(null);
  const working = phase.name !== 'idle';

  // The object URL holds the whole file in memory: let it go with the link.
  useEffect(() => (ready ? () => URL.revokeObjectURL(ready.url) : undefined), [ready]);
  useEffect(() => {
    if (ready) download.current?.focus();
  }, [ready]);

  const fail = (list: Problem[]) => setProblems((previous) => ({ list, attempt: (previous?.attempt ?? 0) + 1 }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (working) return;
    const found: Problem[] = [];
    if (validateSecret(passphrase, 'passphrase', { allowPin: false }) !== null) found.push('passphrase-too-short');
    if (confirm !== passphrase) found.push('confirm-differs');
    if (found.length > 0) return fail(found);

    setProblems(null);
    setReady(null);
    setPhase({ name: 'reading', progress: null });
    try {
      const file = await exportOutbox(db, passphrase, now(), {
        onProgress: (progress) =>
          setPhase(progress.done < progress.total ? { name: 'reading', progress } : { name: 'encrypting' }),
      });
      const url = URL.createObjectURL(new Blob([file.bytes], { type: 'application/octet-stream' }));
      setReady({ url, fileName: file.fileName, requests: file.requests });
      setPassphrase('');
      setConfirm('');
    } catch (error) {
      if (error instanceof OutboxFileRefused && isProblem(error.code)) fail([error.code]);
      else {
        console.error('could not export the outbox', error);
        fail(['failed']);
      }
    } finally {
      setPhase({ name: 'idle' });
    }
  };

  const list = problems?.list ?? [];
  const messageOf = (problem: Problem) => t(`outbox.export.problem.${problem}`, { min: MIN_PASSPHRASE_CHARACTERS });
  const errorAt = (field: FieldId) => {
    const problem = list.find((p) => FIELD_OF[p] === field);
    return problem ? messageOf(problem) : null;
  };
  const items: SummaryItem[] = list.map((problem) => {
    const fieldId = FIELD_OF[problem];
    return fieldId ? { fieldId, message: messageOf(problem) } : { message: messageOf(problem) };
  });

  return (
    <section class="outbox-export" aria-labelledby="outbox-export-title" data-testid="export-form">
      <h3 id="outbox-export-title">{t('outbox.export.title')}</h3>
      <p class="prose">{t('outbox.export.intro')}</p>
      {problems && list.length > 0 && (
        <ErrorSummary
          title={t('outbox.export.errorTitle')}
          items={items}
          attempt={problems.attempt}
          data-testid="export-error"
          data-code={list.join(' ')}
        />
      )}
      <form class="form" onSubmit={submit} noValidate aria-busy={working}>
        <TextField
          id="export-passphrase"
          type="password"
          label={t('outbox.transfer.passphrase')}
          hint={t('outbox.export.passphraseHint', { min: MIN_PASSPHRASE_CHARACTERS })}
          error={errorAt('export-passphrase')}
          data-testid="export-passphrase"
          autocomplete="new-password"
          value={passphrase}
          onInput={(event) => setPassphrase(event.currentTarget.value)}
        />
        <TextField
          id="export-confirm"
          type="password"
          label={t('outbox.export.confirm')}
          error={errorAt('export-confirm')}
          data-testid="export-confirm"
          autocomplete="new-password"
          value={confirm}
          onInput={(event) => setConfirm(event.currentTarget.value)}
        />
        <div class="form-actions">
          <button type="submit" class="button primary" data-testid="export-submit" disabled={working}>
            {t('outbox.export.submit')}
          </button>
        </div>
        <div role="status" class="form-progress" data-testid="export-progress">
          {working && <ExportPhase phase={phase} />}
        </div>
      </form>
      {ready && (
        <div class="notice success" data-testid="export-ready" data-requests={ready.requests}>
          <p>{tPlural('outbox.export.ready', ready.requests)}</p>
          <p>
            <a
              ref={download}
              class="button primary"
              href={ready.url}
              download={ready.fileName}
              data-testid="export-download"
            >
              {t('outbox.export.download', { name: ready.fileName })}
            </a>
          </p>
          <p>{t('outbox.export.keep')}</p>
        </div>
      )}
    </section>
  );
}

function ExportPhase({ phase }: { phase: Phase }) {
  if (phase.name === 'reading' && phase.progress) {
    const format = numberFormat(currentLocale()).format;
    const text = t('outbox.export.reading', {
      done: format(phase.progress.done),
      total: format(phase.progress.total),
    });
    return (
      <div class="send-progress">
        <p class="send-progress-label" id="export-progress-label">
          {text}
        </p>
        <progress
          aria-labelledby="export-progress-label"
          value={phase.progress.done}
          max={Math.max(phase.progress.total, 1)}
        />
      </div>
    );
  }
  return (
    <p class="progress">
      <span class="spinner" aria-hidden="true" />
      <span>{t(phase.name === 'encrypting' ? 'outbox.export.encrypting' : 'outbox.export.preparing')}</span>
    </p>
  );
}

function isProblem(code: string): code is Problem {
  return ['passphrase-too-short', 'nothing-to-export', 'not-enrolled'].includes(code);
}
