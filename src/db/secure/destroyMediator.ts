import type { BalcaoDb } from '../balcaoDb.ts';

/**
 * Destroys a mediator's wrapped data key and their drafts, the key first. Completed requests are not
 * here: they are sealed to the hub, belong to the citizen, and still go. Joins the caller's transaction.
 */
export async function destroyMediator(db: BalcaoDb, id: string): Promise<void> {
  await db.transaction('rw', db.mediators, db.drafts, async () => {
    await db.mediators.delete(id);
    await db.drafts.where('mediatorId').equals(id).delete();
  });
}
