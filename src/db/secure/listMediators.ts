import type { BalcaoDb } from '../balcaoDb.ts';
import type { MediatorSummary } from './createMediator.ts';

export interface MediatorOnLockScreen extends MediatorSummary {
  failedAttempts: number;
  nextAttemptAt: number | null;
}

/** The mediators a lock screen offers, by name; their keys and salts stay in the table. */
export async function listMediators(db: BalcaoDb): Promise<MediatorOnLockScreen[]> {
  const rows = await db.mediators.toArray();
  return rows
    .map(({ id, name, secretKind, createdAt, failedAttempts, nextAttemptAt }) => ({
      id,
      name,
      secretKind,
      createdAt,
      failedAttempts,
      nextAttemptAt,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'pt-PT'));
}
