import { useRef, useState } from 'preact/hooks';
import type { FormField } from '../../../core/forms/formDefinitionSchema.ts';
import { t, tPlural } from '../../../i18n/t.ts';
import type { AttachmentControl } from './AttachmentControl.ts';
import { attachmentIds } from './attachmentIds.ts';
import { FieldError } from './FieldError.tsx';
import { FieldLegend } from './FieldLegend.tsx';
import { fieldDescription } from './fieldDescription.ts';
import { formatImageSize } from './formatImageSize.ts';
import { imageTypeName } from './imageTypeName.ts';

/** What the pickers offer; the worker decodes what the browser can and says so when it cannot. */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic';

interface AttachmentFieldProps {
  id: string;
  field: FormField;
  label: string;
  help: string | null;
  /** The answer's error (required, missing), from the form's validation. */
  error: string | null;
  ids: unknown;
  onAnswer: (ids: string[]) => void;
  attachments: AttachmentControl;
}

type Busy = { index: number; count: number; phase: 'shrinking' | 'encrypting' };

/**
 * Photos or scans for one question: chosen from the disk or taken with the camera, each shrunk and
 * encrypted by `attachments.add` before it counts. The answer is the list of stored attachments' ids.
 */
export function AttachmentField({ id, field, label, help, error, ids, onAnswer, attachments }: AttachmentFieldProps) {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [done, setDone] = useState<string>('');
  const [failure, setFailure] = useState<string | null>(null);
  const chooser = useRef<HTMLInputElement>(null);
  const stored = attachmentIds(ids);
  // The ids as of the last answer given, which the next render may not have brought back yet.
  const current = useRef(stored);
  current.current = stored;

  const failureId = `${id}-failure`;
  const { hintId, errorId, describedBy } = fieldDescription(id, {
    hint: true,
    error: error !== null,
    extra: failure === null ? [] : [failureId],
  });

  const addFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    // Cleared, so that choosing the same file again (after fixing it) is a change again.
    input.value = '';
    if (files.length === 0 || busy) return;
    setFailure(null);
    setDone('');
    let added = 0;
    for (const [i, file] of files.entries()) {
      const at = { index: i + 1, count: files.length };
      setBusy({ ...at, phase: 'shrinking' });
      try {
        const ref = await attachments.add(field.id, file, (phase) => setBusy({ ...at, phase }));
        current.current = [...current.current, ref.id];
        onAnswer(current.current);
        added += 1;
      } catch (error) {
        // `add` rejects with the words for the mediator already (too large, not an image, storage full).
        setFailure(error instanceof Error && error.message !== '' ? error.message : t('form.attachment.addFailed'));
        break;
      }
    }
    setBusy(null);
    if (added > 0) setDone(tPlural('form.attachment.added', added));
  };

  const remove = async (attachmentId: string) => {
    setFailure(null);
    try {
      await attachments.remove(attachmentId);
    } catch {
      setFailure(t('form.attachment.removeFailed'));
      return;
    }
    current.current = current.current.filter((other) => other !== attachmentId);
    onAnswer(current.current);
    setDone(t('form.attachment.removed'));
    // The button pressed is gone: the focus goes back to the question rather than to the page's top.
    chooser.current?.focus();
  };

  return (
    <fieldset
      class={error ? 'field attachment-field field-invalid' : 'field attachment-field'}
      aria-busy={busy !== null}
    >
      <FieldLegend label={label} optional={!field.required} />
      <p id={hintId} class="hint">
        {help !== null && `${help} `}
        {t('form.attachment.hint')}
      </p>
      {error !== null && <FieldError id={errorId} message={error} />}
      {failure !== null && (
        <p id={failureId} class="field-error" role="alert" data-testid={`${id}-failure`}>
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {failure}
        </p>
      )}
      {stored.length > 0 && (
        <ul class="attachment-list" aria-label={t('form.attachment.stored')} data-testid={`${id}-stored`}>
          {stored.map((attachmentId, i) => {
            const ref = attachments.refs.get(attachmentId);
            const name = t('form.attachment.item', { number: i + 1 });
            return (
              <li key={attachmentId} class="attachment-item" data-testid={`${id}-attachment`}>
                <span class="attachment-name">
                  {ref ? (
                    <>
                      {name}{' '}
                      <span class="attachment-size">
                        ({imageTypeName(ref.type)}, {formatImageSize(ref.bytes)})
                      </span>
                    </>
                  ) : (
                    <>
                      {name}: {t('form.attachment.missing')}
                    </>
                  )}
                </span>
                <button
                  type="button"
                  class="button"
                  disabled={busy !== null}
                  data-testid={`${id}-remove-${i + 1}`}
                  onClick={() => remove(attachmentId)}
                >
                  {t('form.attachment.remove', { number: i + 1 })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="attachment-pickers">
        <input
          ref={chooser}
          id={id}
          type="file"
          class="file-input visually-hidden"
          accept={ACCEPT}
          multiple
          disabled={busy !== null}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          data-testid={id}
          onChange={(event) => addFiles(event.currentTarget)}
        />
        <label for={id} class="button file-button">
          {t('form.attachment.choose')}
        </label>
        <input
          id={`${id}-camera`}
          type="file"
          class="file-input visually-hidden"
          accept={ACCEPT}
          capture="environment"
          disabled={busy !== null}
          aria-describedby={describedBy}
          data-testid={`${id}-camera`}
          onChange={(event) => addFiles(event.currentTarget)}
        />
        <label for={`${id}-camera`} class="button file-button">
          {t('form.attachment.camera')}
        </label>
      </div>
      <p class="progress attachment-progress" role="status" data-testid={`${id}-progress`}>
        {busy && <span class="spinner" aria-hidden="true" />}
        {busy ? progressText(busy) : done}
      </p>
    </fieldset>
  );
}

function progressText({ index, count, phase }: Busy): string {
  if (count === 1) return t(phase === 'shrinking' ? 'form.attachment.shrinking' : 'form.attachment.encrypting');
  return t(phase === 'shrinking' ? 'form.attachment.shrinkingOf' : 'form.attachment.encryptingOf', { index, count });
}
