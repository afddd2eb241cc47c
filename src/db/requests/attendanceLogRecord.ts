import type { Outcome, Priority, TeachBackResult } from '../../core/attendance/attendanceTerms.ts';

/**
 * One attendance in the spot's anonymous log (issue 4, item 7): which service, when, how it ended, and
 * whether the citizen had priority. Nothing here says who the citizen was, so the log needs no key.
 */
export interface AttendanceLogRecord {
  /** The attendance's id (its draft's id). */
  id: string;
  mediatorId: string;
  serviceId: string | null;
  /** Epoch ms, device clock. */
  startedAt: number;
  endedAt: number;
  outcome: Outcome;
  priority: Priority | null;
  /** The request it made, when the outcome is `completed`. */
  requestId: string | null;
  /** The teach-back's outcome, once the mediator recorded it; absent before (and in older rows). */
  taught?: TeachBackResult;
}
