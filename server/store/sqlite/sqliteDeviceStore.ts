import type { Database } from 'better-sqlite3';
import type { DeviceStore } from '../DeviceStore.ts';
import { type DeviceRow, deviceFromRow } from './deviceFromRow.ts';
import { useNonce } from './useNonce.ts';
import { writeEnrollment } from './writeEnrollment.ts';

export function sqliteDeviceStore(db: Database): DeviceStore {
  const deviceById = (id: string) => {
    const row = db.prepare('SELECT * FROM devices WHERE id = ?').get(id) as DeviceRow | undefined;
    return row && deviceFromRow(row);
  };
  return {
    addEnrollCode: async (code, now) => {
      db.prepare('INSERT INTO enroll_codes (code_hash, spot_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(
        code.hash,
        code.spotId,
        now.toISOString(),
        code.expiresAt.toISOString(),
      );
    },
    enrollDevice: async (input, now) => writeEnrollment(db, input, now),
    device: async (id) => deviceById(id),
    listDevices: async () =>
      (db.prepare('SELECT * FROM devices ORDER BY enrolled_at DESC, id').all() as DeviceRow[]).map(deviceFromRow),
    revokeDevice: async (id, now) => {
      const { changes } = db
        .prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
        .run(now.toISOString(), id);
      const device = deviceById(id);
      return device && { device, changed: changes === 1 };
    },
    addNonce: async (nonce, expiresAt, now) => {
      db.transaction(() => {
        // An expired nonce is refused as stale whether it was used or not, so it need not be kept: the
        // table holds only the last few minutes' nonces, however many are asked for.
        db.prepare('DELETE FROM nonces WHERE expires_at <= ?').run(now.toISOString());
        db.prepare('INSERT INTO nonces (nonce, expires_at) VALUES (?, ?)').run(nonce, expiresAt.toISOString());
      })();
    },
    nonceState: async (nonce, now) => {
      const row = db.prepare('SELECT expires_at, used_at FROM nonces WHERE nonce = ?').get(nonce) as
        | { expires_at: string; used_at: string | null }
        | undefined;
      if (row === undefined || row.expires_at <= now.toISOString()) return 'stale';
      return row.used_at === null ? 'fresh' : 'used';
    },
    useNonce: async (nonce, deviceId, now) => useNonce(db, nonce, deviceId, now),
  };
}
