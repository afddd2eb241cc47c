import type { StoredRequest } from '../RequestStore.ts';

/** The columns a read of `requests` selects: everything but the sealed content, which is never read back. */
export const REQUEST_COLUMNS =
  'id, device_id, spot_id, service_id, form_id, form_version, digest, hub_ref, received_at, receipt';

export interface RequestRow {
  id: string;
  device_id: string;
  spot_id: string;
  service_id: string;
  form_id: string;
  form_version: number;
  digest: string;
  hub_ref: string;
  received_at: string;
  receipt: string | null;
}

export function requestFromRow(row: RequestRow): StoredRequest {
  return {
    requestId: row.id,
    deviceId: row.device_id,
    spotId: row.spot_id,
    serviceId: row.service_id,
    formId: row.form_id,
    formVersion: row.form_version,
    digest: row.digest,
    hubRef: row.hub_ref,
    receivedAt: Date.parse(row.received_at),
    receipt: row.receipt,
  };
}
