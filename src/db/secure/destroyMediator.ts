import type { BalcaoDb } from '../balcaoDb.ts';

/**
 * Destroys a mediator's wrapped data key, their drafts, and the attachments of those drafts (encrypted
 * with content keys that lived only in the drafts: unreadable now, but not to be left on the disk), the
 * key first. Completed requests and their attachments are not touched: they are sealed to the hub,
 * belong to the citizen, and still go. Joins the caller's transaction.
 */
export async function destroyMediator(db: BalcaoDb, id: string): Promise<void> {
  await db.transaction('rw', [db.mediators, db.drafts, db.attachments], async () => {
    await db.mediators.delete(id);
    const drafts = await db.drafts.where('mediatorId').equals(id).primaryKeys();
    await db.attachments
      .where('attendanceId')
      .anyOf(drafts)
      .and((attachment) => attachment.requestId === null)
      .delete();
    await db.drafts.bulkDelete(drafts);
  });
}
