import type { Timings } from './Timings.ts';

/** What the bench page offers bench/attendance.ts, on `window.balcaoAttendanceBench`. */
export interface AttendanceBench {
  completeToQueued(rounds: number, warmUp: number): Promise<Timings>;
  formStepRender(rounds: number, warmUp: number): Promise<Timings>;
}
