import type { BalcaoDb } from '../balcaoDb.ts';

/**
 * Discards an attendance in progress, after the mediator confirmed it: its draft and its attachments go
 * together, so no encrypted photo is left behind with no draft to name it. Nothing is logged: a discarded
 * attendance was a mistake, not a citizen served.
 */
export async function deleteAttendanceDraft(db: BalcaoDb, attendanceId: string): Promise<void> {
  await db.transaction('rw', [db.drafts, db.attachments], async () => {
    await db.attachments
      .where('attendanceId')
      .equals(attendanceId)
      .and((a) => a.requestId === null)
      .delete();
    await db.drafts.delete(attendanceId);
  });
}
