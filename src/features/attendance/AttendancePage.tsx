// `/atendimentos/:id` (issue 4, item 2): one attendance, step by step — priority, service, what to bring,
// eligibility, the form's steps, identity, fee and payment, review and consent — then completion. Its
// draft follows every change; updates of the app wait while it is open.
import './attendance.css';
import { useEffect, useState } from 'preact/hooks';
import { ErrorSummary, type SummaryItem } from '../../app/ErrorSummary.tsx';
import { Link } from '../../app/Link.tsx';
import { PageHeading } from '../../app/PageHeading.tsx';
import { navigate } from '../../app/router.ts';
import { paths } from '../../app/routes.ts';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import type { AttendanceState, AttendanceStep } from '../../core/attendance/AttendanceState.ts';
import { attendanceSteps, sameStep } from '../../core/attendance/attendanceSteps.ts';
import { spotDay } from '../../core/attendance/spotDay.ts';
import type { Service } from '../../core/catalog/catalogSchema.ts';
import type { BalcaoDb } from '../../db/balcaoDb.ts';
import { endAttendance } from '../../db/requests/endAttendance.ts';
import { formatTime } from '../../i18n/formatDate.ts';
import { currentLocale, type Locale } from '../../i18n/locale.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t, translate } from '../../i18n/t.ts';
import type { CatalogSnapshot } from '../catalog/catalogSnapshot.ts';
import { attendanceCitizenView } from '../citizen/attendanceCitizenView.ts';
import { CitizenScreenControls } from '../citizen/CitizenScreenControls.tsx';
import { isTextLike } from '../citizen/isTextLike.ts';
import { useCitizenTyping, useCitizenView } from '../citizen/useCitizenView.ts';
import { type UnlockedSession, useSession } from '../session/SessionProvider.tsx';
import { holdUpdates } from '../update/updateGuard.ts';
import { AttendanceEnded } from './AttendanceEnded.tsx';
import { type CompletionProblem, completeAttendance } from './completeAttendance.ts';
import { EndAttendance, type EndOutcome } from './EndAttendance.tsx';
import { FormStepView } from './form/FormStepView.tsx';
import { SessionRequired } from './SessionRequired.tsx';
import { StepIndicator } from './StepIndicator.tsx';
import { FormNotOnDevice, formOfService } from './startAttendance.ts';
import { formStepErrors, stepProblems } from './stepProblems.ts';
import { ChecklistStep } from './steps/ChecklistStep.tsx';
import { EligibilityStep } from './steps/EligibilityStep.tsx';
import { FeeStep } from './steps/FeeStep.tsx';
import { IdentityStep } from './steps/IdentityStep.tsx';
import { ReviewStep } from './steps/ReviewStep.tsx';
import { ServiceStep } from './steps/ServiceStep.tsx';
import { StartStep } from './steps/StartStep.tsx';
import type { StepProps } from './steps/StepProps.ts';
import { useAttachments } from './useAttachments.ts';
import { type SaveStatus, useAttendanceDraft } from './useAttendanceDraft.ts';

export function AttendancePage({ catalog, id }: { catalog: CatalogSnapshot; id: string }) {
  const session = useSession();
  useEffect(() => holdUpdates('attendance'), []);
  if (session.state.status !== 'unlocked') {
    return (
      <section class="page">
        <PageHeading title={t('attendance.home.title')} />
        <SessionRequired />
      </section>
    );
  }
  // Another mediator's session is another screen: nothing of the previous one's state carries over.
  return <OpenAttendance key={session.state.mediatorId} id={id} catalog={catalog} unlocked={session.state} />;
}

interface OpenAttendanceProps {
  id: string;
  catalog: CatalogSnapshot;
  unlocked: UnlockedSession;
}

function OpenAttendance({ id, catalog, unlocked }: OpenAttendanceProps) {
  const { db, now, mediatorName } = useSession();
  const draft = useAttendanceDraft(db, unlocked, id, now);
  const [ended, setEnded] = useState<{ outcome: EndOutcome; state: AttendanceState } | null>(null);

  if (ended) return <AttendanceEnded outcome={ended.outcome} state={ended.state} />;
  const { load } = draft;
  if (load.status !== 'ready') {
    const message =
      load.status === 'loading'
        ? t('attendance.loading')
        : load.status === 'missing'
          ? t('attendance.notFound')
          : load.status === 'unreadable'
            ? t('attendance.unreadable')
            : t('attendance.review.failed');
    return (
      <section class="page">
        <PageHeading title={t('attendance.home.title')} />
        <p
          class={load.status === 'loading' ? 'notice' : 'notice warning'}
          role="status"
          data-testid="attendance-missing"
        >
          {message}
        </p>
        {load.status !== 'loading' && <Link href={paths.attendances()}>{t('attendance.request.back')}</Link>}
      </section>
    );
  }

  const end = async (outcome: EndOutcome) => {
    await draft.flush();
    const state = load.state;
    await endAttendance(
      db,
      {
        attendanceId: state.id,
        mediatorId: unlocked.mediatorId,
        serviceId: state.service?.id ?? null,
        priority: state.priority,
        startedAt: state.startedAt,
        outcome,
      },
      now(),
    );
    draft.close();
    setEnded({ outcome, state });
  };

  return (
    <AttendanceSteps
      db={db}
      state={load.state}
      update={draft.update}
      save={draft.save}
      catalog={catalog}
      day={spotDay(now())}
      onEnd={end}
      onComplete={async () => {
        await draft.flush();
        const outcome = await completeAttendance({
          db,
          state: load.state,
          unlocked,
          mediatorName: mediatorName ?? '',
          now: now(),
        });
        if ('requestId' in outcome) draft.close();
        return outcome;
      }}
    />
  );
}

interface AttendanceStepsProps {
  db: BalcaoDb;
  state: AttendanceState;
  update: StepProps['update'];
  save: SaveStatus;
  catalog: CatalogSnapshot;
  day: string;
  onEnd: (outcome: EndOutcome) => Promise<void>;
  onComplete: () => Promise<CompletionProblem[] | { requestId: string }>;
}

function AttendanceSteps({ db, state, update, save, catalog, day, onEnd, onComplete }: AttendanceStepsProps) {
  const [tried, setTried] = useState<{ step: AttendanceStep; attempt: number } | null>(null);
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [completion, setCompletion] = useState<{ working: boolean; problems: CompletionProblem[]; attempt: number }>({
    working: false,
    problems: [],
    attempt: 0,
  });
  const [focusedFieldId, setFocusedFieldId] = useState<string | null>(null);
  const attachments = useAttachments(db, state.id, state.contentKey);
  const replaced = useLiveQuery(
    async () => (state.replaces ? ((await db.outbox.get(state.replaces))?.localRef ?? state.replaces) : null),
    [db, state.replaces],
  );

  const { service, form } = state;
  const steps: AttendanceStep[] = [
    { id: 'start' },
    { id: 'service' },
    ...(service && form ? attendanceSteps(service, form) : []),
  ];
  const index = Math.max(
    0,
    steps.findIndex((step) => sameStep(step, state.step)),
  );
  const step = steps[index] ?? steps[0] ?? { id: 'start' };
  const showing = tried && sameStep(tried.step, step);
  const problems = showing ? stepProblems(state, step, day) : [];

  const goTo = (next: AttendanceStep) => {
    setTried(null);
    setCompletion((c) => ({ ...c, problems: [] }));
    update((s) => ({ ...s, step: next }));
    scrollTo(0, 0);
  };
  const next = () => {
    if (stepProblems(state, step, day).length > 0) {
      setTried({ step, attempt: (tried?.attempt ?? 0) + 1 });
      return;
    }
    const following = steps[index + 1];
    if (following) goTo(following);
  };
  const choose = async (chosen: Service) => {
    setChooseError(null);
    try {
      const chosenForm = await formOfService(db, chosen);
      // A new service starts its checklist and form afresh; the priority and identity stay.
      update((s) => ({
        ...s,
        service: chosen,
        form: chosenForm,
        brought: s.service?.id === chosen.id ? s.brought : {},
        answers: s.service?.id === chosen.id ? s.answers : {},
        fee: s.service?.id === chosen.id ? s.fee : { variant: null, exemptionId: null },
        payment: s.service?.id === chosen.id ? s.payment : null,
      }));
      setTried(null);
    } catch (error) {
      if (!(error instanceof FormNotOnDevice)) console.error('could not read the form', error);
      setChooseError(t('attendance.service.noForm'));
    }
  };
  const complete = async () => {
    if (completion.working) return;
    if (stepProblems(state, step, day).length > 0) {
      setTried({ step, attempt: (tried?.attempt ?? 0) + 1 });
      return;
    }
    setCompletion((c) => ({ ...c, working: true, problems: [] }));
    const outcome = await onComplete();
    if ('requestId' in outcome) {
      navigate(paths.request(outcome.requestId, true), { replace: true });
      return;
    }
    setCompletion((c) => ({ working: false, problems: outcome, attempt: c.attempt + 1 }));
  };

  const titleIn = (s: AttendanceStep, locale: Locale) =>
    s.id === 'form'
      ? pickText(form?.definition.steps[s.index]?.title ?? { pt: '', en: '' }, locale)
      : translate(locale, `attendance.step.${s.id}`);
  const title = (s: AttendanceStep) => titleIn(s, currentLocale());
  const props: StepProps = { state, update, problems, day };
  const entityName = (entityId: string) => catalog.entityById.get(entityId)?.acronym ?? entityId;

  useCitizenView(
    attendanceCitizenView(state, {
      steps,
      index,
      title: titleIn,
      entity: service ? entityName(service.entityId) : null,
      day,
      focusedFieldId,
    }),
  );
  // What the citizen types lands in the field only while "citizen types" is on, and only in a field they
  // can type in on the form's current step.
  useCitizenTyping((fieldId, value) =>
    update((s) => {
      if (!s.citizenTypes || s.step.id !== 'form' || !s.form) return s;
      const field = s.form.definition.steps[s.step.index]?.fields.find((candidate) => candidate.id === fieldId);
      if (!field || !isTextLike(field)) return s;
      return { ...s, answers: { ...s.answers, [fieldId]: value.slice(0, field.maxLength ?? value.length) } };
    }),
  );

  return (
    <section
      class="page attendance"
      data-testid="attendance"
      data-step={step.id === 'form' ? `form-${step.index}` : step.id}
    >
      <PageHeading title={service ? pickText(service.name) : t('attendance.new')} />
      <div class="attendance-bar">
        <DraftStatus save={save} />
        <button
          type="button"
          class="button choice"
          aria-pressed={state.citizenTypes}
          data-testid="citizen-types"
          aria-describedby="citizen-types-hint"
          onClick={() => update((s) => ({ ...s, citizenTypes: !s.citizenTypes }))}
        >
          {t('attendance.citizenTypes')}
        </button>
        <p id="citizen-types-hint" class="hint">
          {state.citizenTypes ? t('attendance.citizenTypes.on') : t('attendance.citizenTypes.hint')}
        </p>
        <CitizenScreenControls
          sees={state.citizenSees === true}
          onSees={(sees) => update((s) => ({ ...s, citizenSees: sees }))}
        />
      </div>
      <StepIndicator steps={steps} current={step} title={title} />
      {/* A form step titles itself and lists its own errors (FormStepView); the other steps, here. */}
      {step.id !== 'form' && (
        <h2 class="step-title" data-testid="step-title">
          {title(step)}
        </h2>
      )}
      {step.id !== 'form' && problems.length > 0 && tried && (
        <ErrorSummary
          title={t('attendance.errorTitle')}
          items={problems}
          attempt={tried.attempt}
          data-testid="step-errors"
        />
      )}
      {completion.problems.length > 0 && (
        <CompletionProblems problems={completion.problems} attempt={completion.attempt} title={title} goTo={goTo} />
      )}
      <form
        class="form attendance-form"
        noValidate
        onSubmit={(event) => event.preventDefault()}
        onFocusIn={(event) => {
          const id = (event.target as HTMLElement).id;
          if (id.startsWith('field-')) setFocusedFieldId(id.slice('field-'.length));
        }}
      >
        {step.id === 'start' && <StartStep {...props} />}
        {step.id === 'service' && (
          <ServiceStep {...props} catalog={catalog} onChoose={(s) => void choose(s)} chooseError={chooseError} />
        )}
        {step.id === 'checklist' && <ChecklistStep {...props} onEndMissing={() => void onEnd('documents-missing')} />}
        {step.id === 'eligibility' && <EligibilityStep {...props} />}
        {step.id === 'form' && form && (
          <FormStepView
            form={form}
            stepIndex={step.index}
            answers={state.answers}
            errors={problems.length > 0 ? formStepErrors(state, step.index) : []}
            attempt={tried?.attempt ?? 0}
            onAnswer={(fieldId, value) => update((s) => ({ ...s, answers: { ...s.answers, [fieldId]: value } }))}
            attachments={attachments}
          />
        )}
        {step.id === 'identity' && <IdentityStep {...props} />}
        {step.id === 'fee' && <FeeStep {...props} entityName={entityName} />}
        {step.id === 'review' && (
          <ReviewStep
            {...props}
            attachments={attachments.refs}
            replacesRef={replaced.status === 'ready' ? replaced.value : null}
          />
        )}
        <div class="form-actions step-actions">
          {index > 0 && (
            <button type="button" class="button" data-testid="step-back" onClick={() => goTo(steps[index - 1] ?? step)}>
              {t('attendance.back')}
            </button>
          )}
          {step.id === 'review' ? (
            <button
              type="button"
              class="button primary"
              data-testid="complete"
              aria-disabled={completion.working}
              onClick={() => void complete()}
            >
              {completion.working ? t('attendance.review.completing') : t('attendance.review.complete')}
            </button>
          ) : (
            <button type="submit" class="button primary" data-testid="step-next" onClick={next}>
              {t('attendance.next')}
            </button>
          )}
        </div>
      </form>
      <EndAttendance onEnd={onEnd} />
    </section>
  );
}

function DraftStatus({ save }: { save: SaveStatus }) {
  return (
    <p
      class={save.kind === 'failed' ? 'draft-status field-error' : 'draft-status'}
      role="status"
      data-testid="draft-status"
      data-state={save.kind}
    >
      {save.kind === 'saving' && t('attendance.draft.saving')}
      {save.kind === 'saved' && t('attendance.draft.saved', { time: formatTime(save.at) })}
      {save.kind === 'failed' && t('attendance.draft.failed')}
    </p>
  );
}

function CompletionProblems({
  problems,
  attempt,
  title,
  goTo,
}: {
  problems: CompletionProblem[];
  attempt: number;
  title: (step: AttendanceStep) => string;
  goTo: (step: AttendanceStep) => void;
}) {
  const items: SummaryItem[] = problems.map((problem) => ({ message: problem.message }));
  const steps = problems.flatMap((problem) => (problem.step ? [problem.step] : []));
  const distinct = steps.filter((step, i) => steps.findIndex((other) => sameStep(other, step)) === i);
  return (
    <div data-testid="completion-problems">
      <ErrorSummary
        title={t('attendance.review.errorTitle')}
        items={items}
        attempt={attempt}
        data-testid="completion-errors"
      />
      <ul class="choice-list">
        {distinct.map((step) => (
          <li key={step.id === 'form' ? `form-${step.index}` : step.id}>
            <button type="button" class="button" onClick={() => goTo(step)}>
              {t('attendance.review.goToStep', { step: title(step) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
