import type { Database } from 'better-sqlite3';
import type { SpotStore } from '../SpotStore.ts';
import { type SpotRow, spotFromRow } from './spotFromRow.ts';

export function sqliteSpotStore(db: Database): SpotStore {
  return {
    addSpot: async (spot, now) => {
      const { changes } = db
        .prepare(
          `INSERT INTO spots (id, name, kind, municipality, service_ids_json, idle_lock_seconds, hidden_lock_seconds,
             allow_pin, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        )
        .run(
          spot.id,
          spot.name,
          spot.kind,
          spot.municipality,
          spot.serviceIds === null ? null : JSON.stringify(spot.serviceIds),
          spot.lock.idleLockSeconds,
          spot.lock.hiddenLockSeconds,
          spot.lock.allowPin ? 1 : 0,
          now.toISOString(),
        );
      return changes === 1 ? 'added' : 'exists';
    },
    spot: async (id) => {
      const row = db.prepare('SELECT * FROM spots WHERE id = ?').get(id) as SpotRow | undefined;
      return row && spotFromRow(row);
    },
    listSpots: async () => (db.prepare('SELECT * FROM spots ORDER BY id').all() as SpotRow[]).map(spotFromRow),
  };
}
