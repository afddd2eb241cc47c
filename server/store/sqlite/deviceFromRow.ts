import type { Device } from '../../devices/Device.ts';

export interface DeviceRow {
  id: string;
  spot_id: string;
  public_jwk: string;
  label: string | null;
  enrolled_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
}

export function deviceFromRow(row: DeviceRow): Device {
  return {
    id: row.id,
    spotId: row.spot_id,
    publicJwk: JSON.parse(row.public_jwk),
    label: row.label,
    enrolledAt: row.enrolled_at,
    revokedAt: row.revoked_at,
    lastSeenAt: row.last_seen_at,
  };
}
