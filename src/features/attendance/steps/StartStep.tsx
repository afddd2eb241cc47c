import { PRIORITIES, type Priority } from '../../../core/attendance/attendanceTerms.ts';
import { t } from '../../../i18n/t.ts';
import { RadioGroup } from '../RadioGroup.tsx';
import type { StepProps } from './StepProps.ts';

type PriorityChoice = Priority | 'none';

/** Who is served first: the law's priorities, asked before anything else. */
export function StartStep({ state, update }: StepProps) {
  return (
    <RadioGroup<PriorityChoice>
      id="attendance-priority"
      legend={t('attendance.priority.legend')}
      hint={t('attendance.priority.hint')}
      options={[
        { value: 'none', label: t('attendance.priority.none') },
        ...PRIORITIES.map((value) => ({ value, label: t(`attendance.priority.${value}`) })),
      ]}
      value={state.priority ?? 'none'}
      onChange={(value) => update((s) => ({ ...s, priority: value === 'none' ? null : value }))}
    />
  );
}
