import { citizenBirthDate } from '../../../core/attendance/citizenBirthDate.ts';
import type { AttachmentRef } from '../../../core/attendance/RequestPayload.ts';
import { ageOnDay, requestFee } from '../../../core/attendance/requestFee.ts';
import { formatMoney } from '../../../i18n/formatMoney.ts';
import { pickText } from '../../../i18n/pickText.ts';
import { t } from '../../../i18n/t.ts';
import { FormAnswersView } from '../answers/FormAnswersView.tsx';
import { problemAt, type StepProps } from './StepProps.ts';

interface ReviewStepProps extends StepProps {
  attachments: ReadonlyMap<string, AttachmentRef>;
  /** The local reference of the request this one replaces, when it is a correction. */
  replacesRef: string | null;
}

/** Everything the request will say, read through with the citizen, and their consent. */
export function ReviewStep({ state, update, problems, day, attachments, replacesRef }: ReviewStepProps) {
  const { service, form, identity } = state;
  if (!service || !form) return null;
  const { fee } = requestFee(service, { ...state.fee, age: ageOnDay(citizenBirthDate(state), day) });
  const consentError = problemAt(problems, 'consent');
  return (
    <>
      <p class="prose">{t('attendance.review.intro')}</p>
      {replacesRef && <p class="notice">{t('attendance.review.replaces', { ref: replacesRef })}</p>}
      <h2>{pickText(service.name)}</h2>
      <dl class="review-facts">
        <div>
          <dt>{t('attendance.review.priority')}</dt>
          <dd>{state.priority ? t(`attendance.priority.${state.priority}`) : t('attendance.priority.none')}</dd>
        </div>
        <div>
          <dt>{t('attendance.review.identity')}</dt>
          <dd data-testid="review-identity">
            {identity?.document && identity.last4
              ? t('attendance.review.identityValue', {
                  document: t(`attendance.document.${identity.document}`),
                  last4: identity.last4,
                })
              : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('attendance.review.fee')}</dt>
          <dd data-testid="review-fee">
            {fee ? (fee.amountCents === 0 ? t('attendance.fee.free') : formatMoney(fee.amountCents)) : '—'}
            {fee && fee.amountCents > 0 && state.payment && ` · ${t(`attendance.payment.${state.payment.method}`)}`}
          </dd>
        </div>
      </dl>
      <h2>{t('attendance.review.answers')}</h2>
      <FormAnswersView form={form} answers={state.answers} attachments={attachments} />
      <div class={consentError ? 'field field-invalid' : 'field'}>
        {consentError && (
          <p id="consent-error" class="field-error">
            <span class="visually-hidden">{t('form.errorPrefix')} </span>
            {consentError}
          </p>
        )}
        <label class="radio consent">
          <input
            type="checkbox"
            id="consent"
            data-testid="consent"
            checked={state.consent}
            aria-describedby={consentError ? 'consent-error' : undefined}
            onChange={(event) => {
              const consent = event.currentTarget.checked;
              update((s) => ({ ...s, consent }));
            }}
          />
          <span>{t('attendance.review.consent')}</span>
        </label>
      </div>
    </>
  );
}
