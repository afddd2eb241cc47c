import type { webcrypto } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { EnrollOutcome } from '../DeviceStore.ts';
import { type DeviceRow, deviceFromRow } from './deviceFromRow.ts';
import { type SpotRow, spotFromRow } from './spotFromRow.ts';

interface CodeRow {
  spot_id: string;
  expires_at: string;
  used_at: string | null;
}

/**
 * Uses an enrollment code and creates its device in one IMMEDIATE transaction: the write lock is taken
 * before the code is read, so two enrollments with one code (two hub processes, or the hub and a second
 * try) are serialised and the second finds the code used. A used code stays refused even once expired:
 * "used" tells the coordinator more than "expired" does.
 */
export function writeEnrollment(
  db: Database,
  input: { codeHash: string; deviceId: string; publicJwk: webcrypto.JsonWebKey; label: string | null },
  now: Date,
): EnrollOutcome {
  return db
    .transaction((): EnrollOutcome => {
      const code = db
        .prepare('SELECT spot_id, expires_at, used_at FROM enroll_codes WHERE code_hash = ?')
        .get(input.codeHash) as CodeRow | undefined;
      if (code === undefined) return { ok: false, reason: 'unknown' };
      if (code.used_at !== null) return { ok: false, reason: 'used' };
      const at = now.toISOString();
      if (code.expires_at <= at) return { ok: false, reason: 'expired' };
      db.prepare(
        'INSERT INTO devices (id, spot_id, public_jwk, label, enrolled_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(input.deviceId, code.spot_id, JSON.stringify(input.publicJwk), input.label, at, at);
      const { changes } = db
        .prepare('UPDATE enroll_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL')
        .run(at, input.deviceId, input.codeHash);
      if (changes !== 1) throw new Error('the enrollment code was used under the write lock');
      const device = db.prepare('SELECT * FROM devices WHERE id = ?').get(input.deviceId) as DeviceRow;
      const spot = db.prepare('SELECT * FROM spots WHERE id = ?').get(code.spot_id) as SpotRow;
      return { ok: true, device: deviceFromRow(device), spot: spotFromRow(spot) };
    })
    .immediate();
}
