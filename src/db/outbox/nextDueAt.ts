import { Dexie } from 'dexie';
import type { BalcaoDb } from '../balcaoDb.ts';

/**
 * When the next request falls due (epoch ms, device clock): `now` when one is queued, else the earliest
 * retry time or lease end. Null when nothing waits (everything delivered, in attention or archived).
 */
export async function nextDueAt(db: BalcaoDb, now: number): Promise<number | null> {
  const unarchived = <T extends { archived: unknown }>(row: T) => row.archived === null;
  const [queued, retry, lease] = await Promise.all([
    db.outbox
      .where('[state+completedAt]')
      .between(['queued', Dexie.minKey], ['queued', Dexie.maxKey])
      .filter(unarchived)
      .first(),
    db.outbox
      .where('[state+nextAttemptAt]')
      .between(['retry', Dexie.minKey], ['retry', Dexie.maxKey])
      .filter(unarchived)
      .first(),
    db.outbox.where('[state+leaseUntil]').between(['sending', Dexie.minKey], ['sending', Dexie.maxKey]).first(),
  ]);
  if (queued) return now;
  const times = [retry?.nextAttemptAt, lease?.leaseUntil].filter((at): at is number => typeof at === 'number');
  return times.length === 0 ? null : Math.min(...times);
}
