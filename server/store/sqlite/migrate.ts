import type { Database } from 'better-sqlite3';
import { migrations } from './migrations.ts';

/**
 * Brings the database's schema up to this code's, one step per transaction, so a crash mid-upgrade
 * leaves the database at the last whole step. A database written by a newer hub is refused rather
 * than used: this code would not know what the newer columns mean.
 */
export function migrate(db: Database, file: string, steps: readonly string[] = migrations): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > steps.length) {
    throw new Error(
      `${file} has schema version ${current}, but this hub knows only up to ${steps.length}: ` +
        'it was written by a newer hub. Run that newer hub, or point BALCAO_DATA at another folder.',
    );
  }
  steps.slice(current).forEach((sql, i) => {
    const version = current + i + 1;
    db.transaction(() => {
      db.exec(sql);
      // user_version lives in the database header and commits or rolls back with the step's transaction.
      db.pragma(`user_version = ${version}`);
    }).immediate();
  });
}
