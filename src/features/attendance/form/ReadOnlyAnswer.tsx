import type { AttachmentRef } from '../../../core/attendance/RequestPayload.ts';
import { isBlank } from '../../../core/forms/answerValue.ts';
import { isIsoDate } from '../../../core/forms/checkAnswer.ts';
import type { FormField } from '../../../core/forms/formDefinitionSchema.ts';
import { formatDay } from '../../../i18n/formatDate.ts';
import { pickText } from '../../../i18n/pickText.ts';
import { t } from '../../../i18n/t.ts';
import { attachmentIds } from './attachmentIds.ts';
import { formatImageSize } from './formatImageSize.ts';
import { imageTypeName } from './imageTypeName.ts';

interface ReadOnlyAnswerProps {
  field: FormField;
  answer: unknown;
  refs: ReadonlyMap<string, AttachmentRef>;
}

/** A question and its answer as words, with no control to change it (a completed request, the review). */
export function ReadOnlyAnswer({ field, answer, refs }: ReadOnlyAnswerProps) {
  const id = `field-${field.id}`;
  return (
    <div class="answer">
      <dt class="answer-label">{pickText(field.label)}</dt>
      <dd id={id} class="answer-value" data-testid={id}>
        {field.kind === 'attachment' ? (
          <StoredImages ids={attachmentIds(answer)} refs={refs} />
        ) : (
          answerText(field, answer)
        )}
      </dd>
    </div>
  );
}

function answerText(field: FormField, answer: unknown): string {
  const text = typeof answer === 'string' ? answer.trim() : answer;
  if (isBlank(text)) return t('form.field.noAnswer');
  switch (field.kind) {
    case 'yes-no':
      return text === true ? t('form.field.yes') : text === false ? t('form.field.no') : String(text);
    case 'choice': {
      const option = field.options?.find((candidate) => candidate.value === text);
      return option ? pickText(option.label) : String(text);
    }
    case 'date':
      return typeof text === 'string' && isIsoDate(text) ? formatDay(text) : String(text);
    default:
      return String(text);
  }
}

function StoredImages({ ids, refs }: { ids: string[]; refs: ReadonlyMap<string, AttachmentRef> }) {
  if (ids.length === 0) return <>{t('form.attachment.none')}</>;
  return (
    <ul class="plain-list">
      {ids.map((attachmentId, i) => {
        const ref = refs.get(attachmentId);
        const name = t('form.attachment.item', { number: i + 1 });
        return (
          <li key={attachmentId}>
            {ref
              ? `${name} (${imageTypeName(ref.type)}, ${formatImageSize(ref.bytes)})`
              : `${name}: ${t('form.attachment.missing')}`}
          </li>
        );
      })}
    </ul>
  );
}
