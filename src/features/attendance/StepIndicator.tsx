import type { AttendanceStep } from '../../core/attendance/AttendanceState.ts';
import { sameStep } from '../../core/attendance/attendanceSteps.ts';
import { t } from '../../i18n/t.ts';

interface StepIndicatorProps {
  steps: readonly AttendanceStep[];
  current: AttendanceStep;
  title: (step: AttendanceStep) => string;
}

/** "Passo 3 de 8", and every step by name with the current one marked, so the mediator and citizen see where they are. */
export function StepIndicator({ steps, current, title }: StepIndicatorProps) {
  const index = Math.max(
    0,
    steps.findIndex((step) => sameStep(step, current)),
  );
  return (
    <nav class="step-indicator" aria-label={t('attendance.stepsLabel')}>
      <p class="step-count" data-testid="step-progress">
        {t('attendance.progress', { current: index + 1, total: steps.length })}
      </p>
      <ol class="step-list">
        {steps.map((step, i) => (
          <li
            key={step.id === 'form' ? `form-${step.index}` : step.id}
            class={i < index ? 'step done' : i === index ? 'step current' : 'step'}
            aria-current={i === index ? 'step' : undefined}
          >
            {title(step)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
