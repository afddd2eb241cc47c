import { useState } from 'preact/hooks';
import type { Outcome } from '../../core/attendance/attendanceTerms.ts';
import { t } from '../../i18n/t.ts';
import { RadioGroup } from './RadioGroup.tsx';

export type EndOutcome = Exclude<Outcome, 'completed'>;

const END_OUTCOMES: readonly EndOutcome[] = ['information-only', 'referred', 'documents-missing'];

interface EndAttendanceProps {
  onEnd: (outcome: EndOutcome) => Promise<void>;
}

/** Ending an attendance with no request: how it ended goes into the anonymous log. Two clicks, never one. */
export function EndAttendance({ onEnd }: EndAttendanceProps) {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<EndOutcome>('information-only');
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!open)
    return (
      <button type="button" class="button end-open" data-testid="end-open" onClick={() => setOpen(true)}>
        {t('attendance.end.open')}
      </button>
    );
  const end = async () => {
    setWorking(true);
    setFailed(false);
    try {
      await onEnd(outcome);
    } catch (error) {
      console.error('could not end the attendance', error);
      setFailed(true);
      setWorking(false);
    }
  };
  return (
    <section class="end-attendance" data-testid="end-attendance">
      <RadioGroup
        id="end-outcome"
        legend={t('attendance.end.legend')}
        options={END_OUTCOMES.map((value) => ({ value, label: t(`attendance.outcome.${value}`) }))}
        value={outcome}
        onChange={setOutcome}
      />
      {failed && (
        <p class="notice error" role="alert">
          {t('attendance.end.failed')}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="button primary" data-testid="end-confirm" disabled={working} onClick={end}>
          {t('attendance.end.confirm')}
        </button>
        <button type="button" class="button" onClick={() => setOpen(false)}>
          {t('attendance.end.cancel')}
        </button>
      </div>
    </section>
  );
}
