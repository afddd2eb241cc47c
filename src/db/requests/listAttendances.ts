import type { BalcaoDb } from '../balcaoDb.ts';
import type { AttendanceLogRecord } from './attendanceLogRecord.ts';

/** The attendance log, oldest first, from `sinceMs` (by start time) when given. */
export async function listAttendances(db: BalcaoDb, sinceMs?: number): Promise<AttendanceLogRecord[]> {
  if (sinceMs === undefined) return db.attendances.orderBy('startedAt').toArray();
  return db.attendances.where('startedAt').aboveOrEqual(sinceMs).toArray();
}
