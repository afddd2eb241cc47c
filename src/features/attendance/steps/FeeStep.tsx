import { TextField } from '../../../app/TextField.tsx';
import type { Payment } from '../../../core/attendance/AttendanceState.ts';
import { PAYMENT_METHODS, type PaymentMethod, SPOT_CHANNEL } from '../../../core/attendance/attendanceTerms.ts';
import { digitsOnly } from '../../../core/attendance/checkPayment.ts';
import { citizenBirthDate } from '../../../core/attendance/citizenBirthDate.ts';
import { ageOnDay, requestFee } from '../../../core/attendance/requestFee.ts';
import { feeVariants } from '../../../core/fees/feeFor.ts';
import { formatMoney } from '../../../i18n/formatMoney.ts';
import { formatPercent } from '../../../i18n/formatPercent.ts';
import { pickText } from '../../../i18n/pickText.ts';
import { t } from '../../../i18n/t.ts';
import { RadioGroup } from '../RadioGroup.tsx';
import { problemAt, type StepProps } from './StepProps.ts';

const NO_EXEMPTION = 'none';

interface FeeStepProps extends StepProps {
  entityName: (entityId: string) => string;
}

/**
 * The fee from the catalog's rules (variant, the citizen's age, a waiver), how the citizen paid, and who
 * receives which part (IMT services: 90 % IMT, 3.5 % ARTE, 6.5 % the local authority, in whole cents).
 */
export function FeeStep({ state, update, problems, day, entityName }: FeeStepProps) {
  const service = state.service;
  if (!service) return null;
  const age = ageOnDay(citizenBirthDate(state), day);
  const { answer, fee } = requestFee(service, { ...state.fee, age });
  const variants = feeVariants(service, SPOT_CHANNEL);
  const chosenVariant = state.fee.variant ?? variants[0]?.variant ?? null;
  const amountProblem = problemAt(problems, 'fee-amount');
  const shares = new Map(service.split.map((share) => [share.entityId, share.basisPoints]));

  return (
    <>
      {variants.length > 1 && (
        <RadioGroup
          id="fee-variant"
          legend={t('attendance.fee.variant')}
          options={variants.map((rule) => ({ value: rule.variant, label: pickText(rule.label) }))}
          value={chosenVariant}
          onChange={(variant) => update((s) => ({ ...s, fee: { ...s.fee, variant } }))}
        />
      )}
      {service.exemptions.length > 0 && (
        <RadioGroup
          id="fee-exemption"
          legend={t('attendance.fee.exemption')}
          options={[
            { value: NO_EXEMPTION, label: t('attendance.fee.noExemption') },
            ...service.exemptions.map((exemption) => ({ value: exemption.id, label: pickText(exemption.label) })),
          ]}
          value={state.fee.exemptionId ?? NO_EXEMPTION}
          onChange={(id) => update((s) => ({ ...s, fee: { ...s.fee, exemptionId: id === NO_EXEMPTION ? null : id } }))}
        />
      )}
      {age !== null && <p data-testid="fee-age">{t('attendance.fee.age', { age })}</p>}
      <div
        id="fee-amount"
        tabIndex={-1}
        class={amountProblem ? 'fee-total field-invalid' : 'fee-total'}
        aria-live="polite"
        data-testid="fee-amount"
        data-cents={fee?.amountCents ?? ''}
      >
        {fee ? (
          <>
            <span class="fee-total-label">{t('attendance.fee.amount')}</span>{' '}
            <span class="fee-total-value">
              {fee.amountCents === 0 ? t('attendance.fee.free') : formatMoney(fee.amountCents)}
            </span>
            {answer.kind === 'fee' && <span class="hint"> — {pickText(answer.rule.label)}</span>}
          </>
        ) : (
          <p class="field-error">
            {answer.kind === 'needs-age' ? t('attendance.fee.needsAge') : t('attendance.fee.unknown')}
          </p>
        )}
      </div>
      {fee && fee.split.length > 0 && (
        <table class="fee-split" data-testid="fee-split">
          <caption>{t('attendance.fee.split')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attendance.fee.splitEntity')}</th>
              <th scope="col">{t('attendance.fee.splitShare')}</th>
              <th scope="col">{t('attendance.fee.splitAmount')}</th>
            </tr>
          </thead>
          <tbody>
            {fee.split.map((part) => (
              <tr key={part.entityId} data-testid={`fee-split-${part.entityId}`} data-cents={part.amountCents}>
                <th scope="row">{entityName(part.entityId)}</th>
                <td>{formatPercent(shares.get(part.entityId) ?? 0)}</td>
                <td>{formatMoney(part.amountCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {fee && fee.amountCents > 0 && (
        <PaymentFields
          payment={state.payment}
          problems={problems}
          onChange={(payment) => update((s) => ({ ...s, payment }))}
        />
      )}
    </>
  );
}

function PaymentFields({
  payment,
  problems,
  onChange,
}: {
  payment: Payment | null;
  problems: StepProps['problems'];
  onChange: (payment: Payment) => void;
}) {
  const choose = (method: PaymentMethod) =>
    onChange(
      method === 'multibanco-reference'
        ? {
            method,
            entity: payment?.method === method ? payment.entity : '',
            reference: payment?.method === method ? payment.reference : '',
          }
        : { method },
    );
  return (
    <>
      <RadioGroup
        id="payment-method"
        legend={t('attendance.fee.paymentLegend')}
        options={PAYMENT_METHODS.map((value) => ({ value, label: t(`attendance.payment.${value}`) }))}
        value={payment?.method ?? null}
        onChange={choose}
        error={problemAt(problems, 'payment-method')}
      />
      {payment?.method === 'multibanco-reference' && (
        <>
          <TextField
            id="payment-entity"
            data-testid="payment-entity"
            label={t('attendance.fee.mbEntity')}
            hint={t('attendance.fee.mbEntityHint')}
            inputMode="numeric"
            autocomplete="off"
            error={problemAt(problems, 'payment-entity')}
            value={payment.entity}
            onInput={(event) => onChange({ ...payment, entity: digitsOnly(event.currentTarget.value) })}
          />
          <TextField
            id="payment-reference"
            data-testid="payment-reference"
            label={t('attendance.fee.mbReference')}
            hint={t('attendance.fee.mbReferenceHint')}
            inputMode="numeric"
            autocomplete="off"
            value={payment.reference}
            onInput={(event) => onChange({ ...payment, reference: digitsOnly(event.currentTarget.value) })}
          />
        </>
      )}
    </>
  );
}
