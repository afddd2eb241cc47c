import type { SpotKind } from '../../../src/core/catalog/catalogTerms.ts';
import type { Spot } from '../../spots/Spot.ts';

export interface SpotRow {
  id: string;
  name: string;
  kind: SpotKind;
  municipality: string;
  service_ids_json: string | null;
  idle_lock_seconds: number;
  hidden_lock_seconds: number;
  allow_pin: 0 | 1;
}

export function spotFromRow(row: SpotRow): Spot {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    municipality: row.municipality,
    serviceIds: row.service_ids_json === null ? null : (JSON.parse(row.service_ids_json) as string[]),
    lock: {
      idleLockSeconds: row.idle_lock_seconds,
      hiddenLockSeconds: row.hidden_lock_seconds,
      allowPin: row.allow_pin === 1,
    },
  };
}
