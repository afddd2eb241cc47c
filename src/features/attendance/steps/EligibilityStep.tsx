import { TextField } from '../../../app/TextField.tsx';
import type { AttendanceState, EligibilityFacts } from '../../../core/attendance/AttendanceState.ts';
import { ELIGIBILITY_HELPERS } from '../../../core/attendance/attendanceSteps.ts';
import { BIRTH_DATE_FIELD } from '../../../core/attendance/citizenBirthDate.ts';
import type { Text } from '../../../core/catalog/catalogSchema.ts';
import { citizenCardRenewalAtSpot } from '../../../core/eligibility/citizenCardRenewalAtSpot.ts';
import { citizenCardRenewalMessage } from '../../../core/eligibility/citizenCardRenewalMessage.ts';
import { isIsoDay } from '../../../core/eligibility/isoDay.ts';
import { licenceRevalidation } from '../../../core/eligibility/licenceRevalidation.ts';
import { licenceRevalidationMessage } from '../../../core/eligibility/licenceRevalidationMessage.ts';
import { pickText } from '../../../i18n/pickText.ts';
import { t } from '../../../i18n/t.ts';
import { problemAt, type StepProps } from './StepProps.ts';

type Fact = keyof EligibilityFacts;

const FACTS_OF: Record<'licence-revalidation' | 'citizen-card-renewal', { name: Fact; optional: boolean }[]> = {
  'licence-revalidation': [
    { name: 'birthDate', optional: false },
    { name: 'licenceIssuedOn', optional: false },
    { name: 'lastRevalidatedOn', optional: true },
    { name: 'cardExpiresOn', optional: true },
  ],
  'citizen-card-renewal': [{ name: 'birthDate', optional: false }],
};

/**
 * What the dates allow checking before the form (issue 4, item 2): is a licence due for revalidation and at
 * half fee, can a Citizen Card be renewed at a spot. Advice, not a gate: the mediator decides.
 */
export function EligibilityStep({ state, update, problems, day }: StepProps) {
  const helper = state.service ? ELIGIBILITY_HELPERS[state.service.id] : undefined;
  if (!helper) return null;
  const facts = state.eligibility;
  const verdict = eligibilityVerdict(helper, facts, day);
  return (
    <>
      <p class="prose">{t('attendance.eligibility.intro')}</p>
      {FACTS_OF[helper].map(({ name, optional }) => (
        <TextField
          key={name}
          id={`fact-${name}`}
          data-testid={`fact-${name}`}
          type="date"
          label={t(`attendance.eligibility.${name}`)}
          hint={t('attendance.eligibility.dateHint')}
          optional={optional}
          error={problemAt(problems, `fact-${name}`)}
          value={facts[name]}
          max={day}
          autocomplete="off"
          onInput={(event) => {
            const value = event.currentTarget.value;
            update((s) => carryBirthDate(s, name, value));
          }}
        />
      ))}
      <section class="notice" aria-live="polite" data-testid="eligibility-verdict">
        <h2 class="notice-title">{t('attendance.eligibility.result')}</h2>
        <p>{verdict ? pickText(verdict) : t('attendance.eligibility.needFacts')}</p>
      </section>
    </>
  );
}

/**
 * The fact typed, and the birth date carried into the form's own field while that field still holds what
 * was carried before (or nothing): an answer the mediator changed in the form is never overwritten.
 */
function carryBirthDate(state: AttendanceState, name: Fact, value: string): AttendanceState {
  const next = { ...state, eligibility: { ...state.eligibility, [name]: value } };
  const asked = state.form?.definition.steps.some((step) => step.fields.some((f) => f.id === BIRTH_DATE_FIELD));
  // A form that does not ask for it never receives it: the hub gets only what the form asks.
  if (name !== 'birthDate' || !asked) return next;
  const answered = state.answers[BIRTH_DATE_FIELD];
  const carried = answered === undefined || answered === '' || answered === state.eligibility.birthDate;
  return carried ? { ...next, answers: { ...next.answers, [BIRTH_DATE_FIELD]: value } } : next;
}

function eligibilityVerdict(
  helper: 'licence-revalidation' | 'citizen-card-renewal',
  facts: EligibilityFacts,
  today: string,
): Text | null {
  const known = (value: string) => (isIsoDay(value) ? value : undefined);
  const birthDate = known(facts.birthDate);
  if (!birthDate) return null;
  try {
    if (helper === 'citizen-card-renewal')
      return citizenCardRenewalMessage(citizenCardRenewalAtSpot({ birthDate, today }));
    const issuedOn = known(facts.licenceIssuedOn);
    if (!issuedOn) return null;
    const lastRevalidatedOn = known(facts.lastRevalidatedOn);
    const cardExpiresOn = known(facts.cardExpiresOn);
    return licenceRevalidationMessage(
      licenceRevalidation({
        birthDate,
        issuedOn,
        today,
        ...(lastRevalidatedOn && { lastRevalidatedOn }),
        ...(cardExpiresOn && { cardExpiresOn }),
      }),
    );
  } catch {
    // Dates in an impossible order (licensed before birth): the helper has nothing to say.
    return null;
  }
}
