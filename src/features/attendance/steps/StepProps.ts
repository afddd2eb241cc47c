import type { SummaryItem } from '../../../app/ErrorSummary.tsx';
import type { AttendanceState } from '../../../core/attendance/AttendanceState.ts';

/** What every step of the attendance is given by the attendance screen. */
export interface StepProps {
  state: AttendanceState;
  update: (change: (state: AttendanceState) => AttendanceState) => void;
  /** The problems to show beside the fields: empty until the mediator tried to go on. */
  problems: readonly SummaryItem[];
  /** The day of the attendance at the spot (YYYY-MM-DD). */
  day: string;
}

/** The message beside a field, if any. */
export function problemAt(problems: readonly SummaryItem[], fieldId: string): string | null {
  return problems.find((problem) => problem.fieldId === fieldId)?.message ?? null;
}
