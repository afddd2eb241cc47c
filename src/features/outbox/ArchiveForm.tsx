import { useEffect, useId, useRef, useState } from 'preact/hooks';
import {
  ARCHIVE_NOTE_MAX,
  ARCHIVE_NOTE_MIN,
  type ArchiveRefusal,
  ArchiveRefused,
  archiveRequest,
  noteLength,
} from '../../db/outbox/archiveRequest.ts';
import { t } from '../../i18n/t.ts';
import { useSession } from '../session/SessionProvider.tsx';

interface ArchiveFormProps {
  requestId: string;
  localRef: string;
  onArchived: () => void;
  onCancel: () => void;
}

type NoteProblem = Extract<ArchiveRefusal, 'note-too-short' | 'note-too-long'>;
type Step = { name: 'note'; problem: NoteProblem | null } | { name: 'confirm' } | { name: 'saving' };

/**
 * Archiving a refused request: a note saying why (required, at least ARCHIVE_NOTE_MIN characters), then
 * a confirmation that says what archiving does, then the write. The request stays on the device.
 */
export function ArchiveForm({ requestId, localRef, onArchived, onCancel }: ArchiveFormProps) {
  const session = useSession();
  const [note, setNote] = useState('');
  const [step, setStep] = useState<Step>({ name: 'note', problem: null });
  const [failure, setFailure] = useState<ArchiveRefusal | 'failed' | null>(null);
  const noteId = useId();
  const noteField = useRef<HTMLTextAreaElement>(null);
  const question = useRef<HTMLLegendElement>(null);

  // The focus follows the step: the note when it opens or has a problem, the question when it is asked.
  useEffect(() => {
    if (step.name === 'note') noteField.current?.focus();
    if (step.name === 'confirm') question.current?.focus();
  }, [step]);

  const toConfirm = (event: Event) => {
    event.preventDefault();
    const length = noteLength(note);
    if (length < ARCHIVE_NOTE_MIN) setStep({ name: 'note', problem: 'note-too-short' });
    else if (length > ARCHIVE_NOTE_MAX) setStep({ name: 'note', problem: 'note-too-long' });
    else setStep({ name: 'confirm' });
  };
  const archive = async () => {
    setStep({ name: 'saving' });
    setFailure(null);
    try {
      await archiveRequest(session.db, requestId, note, session.now());
      onArchived();
    } catch (error) {
      if (!(error instanceof ArchiveRefused)) console.error('could not archive the request', error);
      setFailure(error instanceof ArchiveRefused ? error.code : 'failed');
      setStep({ name: 'confirm' });
    }
  };

  if (step.name === 'note') {
    const hintId = `${noteId}-hint`;
    const errorId = `${noteId}-error`;
    return (
      <form class="archive-form" data-testid="archive-form" noValidate onSubmit={toConfirm}>
        <fieldset>
          <legend class="archive-legend">{t('outbox.archive.legend', { ref: localRef })}</legend>
          <div class={step.problem ? 'field field-invalid' : 'field'}>
            <label for={noteId} class="field-label">
              {t('outbox.archive.note')}
            </label>
            <p id={hintId} class="hint">
              {t('outbox.archive.noteHint', { min: ARCHIVE_NOTE_MIN })}
            </p>
            {step.problem && (
              <p id={errorId} class="field-error" data-testid="archive-note-error">
                <span class="visually-hidden">{t('form.errorPrefix')} </span>
                {t(`outbox.archive.problem.${step.problem}`, { min: ARCHIVE_NOTE_MIN, max: ARCHIVE_NOTE_MAX })}
              </p>
            )}
            <textarea
              ref={noteField}
              id={noteId}
              class="text-input archive-note"
              data-testid="archive-note"
              rows={3}
              required
              maxLength={ARCHIVE_NOTE_MAX}
              value={note}
              aria-invalid={step.problem ? true : undefined}
              aria-describedby={step.problem ? `${hintId} ${errorId}` : hintId}
              onInput={(event) => setNote(event.currentTarget.value)}
            />
          </div>
          <div class="form-actions">
            <button type="submit" class="button primary" data-testid="archive-continue">
              {t('outbox.archive.continue')}
            </button>
            <button type="button" class="button" data-testid="archive-cancel" onClick={onCancel}>
              {t('outbox.archive.cancel')}
            </button>
          </div>
        </fieldset>
      </form>
    );
  }

  const saving = step.name === 'saving';
  return (
    <fieldset class="archive-confirm" data-testid="archive-confirm">
      <legend ref={question} tabIndex={-1} class="archive-question">
        {t('outbox.archive.confirm', { ref: localRef })}
      </legend>
      <blockquote class="archive-quote">{note.trim()}</blockquote>
      {failure && (
        <p class="field-error" role="alert" data-testid="archive-failed">
          {t(failure === 'failed' ? 'outbox.archive.failed' : `outbox.archive.problem.${failure}`, {
            min: ARCHIVE_NOTE_MIN,
            max: ARCHIVE_NOTE_MAX,
          })}
        </p>
      )}
      <div class="form-actions">
        <button
          type="button"
          class="button primary"
          data-testid="archive-yes"
          disabled={saving}
          onClick={() => void archive()}
        >
          {t('outbox.archive.confirmYes')}
        </button>
        <button
          type="button"
          class="button"
          data-testid="archive-no"
          disabled={saving}
          onClick={() => setStep({ name: 'note', problem: null })}
        >
          {t('outbox.archive.confirmNo')}
        </button>
      </div>
    </fieldset>
  );
}
