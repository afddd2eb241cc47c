import type { Database } from 'better-sqlite3';

/**
 * The authoritative check of a signed call's nonce, and its use, in one IMMEDIATE transaction: the
 * earlier read (for the order of the refusals) may have raced another call with the same nonce, or a
 * revocation from the CLI. Only the call whose UPDATE changes the row passes.
 */
export function useNonce(
  db: Database,
  nonce: string,
  deviceId: string,
  now: Date,
): 'used' | 'stale' | 'replayed' | 'revoked' {
  return db
    .transaction(() => {
      const at = now.toISOString();
      const device = db.prepare('SELECT revoked_at FROM devices WHERE id = ?').get(deviceId) as
        | { revoked_at: string | null }
        | undefined;
      if (device === undefined || device.revoked_at !== null) return 'revoked';
      const row = db.prepare('SELECT expires_at, used_at FROM nonces WHERE nonce = ?').get(nonce) as
        | { expires_at: string; used_at: string | null }
        | undefined;
      if (row === undefined || row.expires_at <= at) return 'stale';
      if (row.used_at !== null) return 'replayed';
      db.prepare('UPDATE nonces SET used_at = ?, device_id = ? WHERE nonce = ? AND used_at IS NULL').run(
        at,
        deviceId,
        nonce,
      );
      db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(at, deviceId);
      return 'used';
    })
    .immediate();
}
