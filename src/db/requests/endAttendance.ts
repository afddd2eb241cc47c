import type { Outcome, Priority } from '../../core/attendance/attendanceTerms.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import { DraftUnreadable } from '../secure/drafts.ts';
import { AlreadyCompleted } from './alreadyCompleted.ts';
import { orStorageFull } from './storageFull.ts';

export interface EndedAttendance {
  attendanceId: string;
  mediatorId: string;
  serviceId: string | null;
  priority: Priority | null;
  startedAt: number;
  /** Documents missing, information only, referred elsewhere: an attendance that made no request. */
  outcome: Exclude<Outcome, 'completed'>;
}

/**
 * Ends an attendance that made no request: logs it, and deletes its draft and attachments, in one
 * transaction. Throws AlreadyCompleted when it has already ended (logged),
 * DraftUnreadable when its draft is another mediator's, and StorageFull.
 */
export async function endAttendance(db: BalcaoDb, input: EndedAttendance, now = Date.now()): Promise<void> {
  await orStorageFull(
    () =>
      db.transaction('rw', [db.drafts, db.attachments, db.attendances], async () => {
        const logged = await db.attendances.get(input.attendanceId);
        if (logged) throw new AlreadyCompleted(input.attendanceId, logged.requestId);
        const draft = await db.drafts.get(input.attendanceId);
        if (draft && draft.mediatorId !== input.mediatorId) {
          throw new DraftUnreadable(`attendance ${input.attendanceId} belongs to another mediator`);
        }
        await db.attendances.add({
          id: input.attendanceId,
          mediatorId: input.mediatorId,
          serviceId: input.serviceId,
          startedAt: input.startedAt,
          endedAt: now,
          outcome: input.outcome,
          priority: input.priority,
          requestId: null,
        });
        await db.attachments.where('attendanceId').equals(input.attendanceId).delete();
        await db.drafts.delete(input.attendanceId);
      }),
    'the attendance log',
  );
}
