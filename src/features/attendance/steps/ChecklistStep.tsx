import { pickText } from '../../../i18n/pickText.ts';
import { t } from '../../../i18n/t.ts';
import { missingDocuments } from '../stepProblems.ts';
import { problemAt, type StepProps } from './StepProps.ts';

interface ChecklistStepProps extends StepProps {
  /** Ends the attendance as "documents missing", with the note of what to bring. */
  onEndMissing: () => void;
}

/** "What to bring": the service's documents, ticked as the citizen shows them. */
export function ChecklistStep({ state, update, problems, onEndMissing }: ChecklistStepProps) {
  const documents = state.service?.documents ?? [];
  if (documents.length === 0) return <p>{t('attendance.checklist.none')}</p>;
  const missing = missingDocuments(state);
  const firstId = documents[0]?.id ?? '';
  const error = problemAt(problems, `doc-${missing[0]?.id ?? firstId}`);
  return (
    <>
      <fieldset class={error ? 'field field-invalid checklist' : 'field checklist'}>
        <legend class="field-label">{t('attendance.checklist.intro')}</legend>
        {error && (
          <p id="checklist-error" class="field-error">
            <span class="visually-hidden">{t('form.errorPrefix')} </span>
            {error}
          </p>
        )}
        {documents.map((doc) => (
          <label key={doc.id} class="radio">
            <input
              type="checkbox"
              id={`doc-${doc.id}`}
              data-testid={`doc-${doc.id}`}
              checked={state.brought[doc.id] === true}
              aria-describedby={error ? 'checklist-error' : undefined}
              onChange={(event) => {
                const brought = event.currentTarget.checked;
                update((s) => ({ ...s, brought: { ...s.brought, [doc.id]: brought } }));
              }}
            />
            <span>
              {pickText(doc.name)}
              {doc.optional && ` ${t('attendance.checklist.optional')}`}
              {doc.note && <span class="hint"> — {pickText(doc.note)}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      {missing.length > 0 && (
        <div class="notice warning" data-testid="checklist-missing">
          <p class="notice-title">{t('attendance.checklist.bringNext')}</p>
          <ul>
            {missing.map((doc) => (
              <li key={doc.id}>{pickText(doc.name)}</li>
            ))}
          </ul>
          <button type="button" class="button" data-testid="checklist-end-missing" onClick={onEndMissing}>
            {t('attendance.checklist.endMissing')}
          </button>
        </div>
      )}
    </>
  );
}
