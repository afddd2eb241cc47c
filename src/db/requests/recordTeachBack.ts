import type { TeachBackResult } from '../../core/attendance/attendanceTerms.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import { orStorageFull } from './storageFull.ts';

/**
 * Records how the teach-back went in the anonymous log of the attendance that made `requestId` (issue 6,
 * item 2); the mediator may change it while the citizen is there. False when no attendance made it (a
 * request imported from another laptop).
 */
export async function recordTeachBack(db: BalcaoDb, requestId: string, taught: TeachBackResult): Promise<boolean> {
  return orStorageFull(
    () =>
      db.transaction('rw', db.attendances, async () => {
        const logged = await db.attendances.filter((row) => row.requestId === requestId).first();
        if (!logged) return false;
        await db.attendances.update(logged.id, { taught });
        return true;
      }),
    'the attendance log',
  );
}

/** The teach-back recorded for the attendance that made `requestId`, if any. */
export async function teachBackOf(db: BalcaoDb, requestId: string): Promise<TeachBackResult | null> {
  const logged = await db.attendances.filter((row) => row.requestId === requestId).first();
  return logged?.taught ?? null;
}
