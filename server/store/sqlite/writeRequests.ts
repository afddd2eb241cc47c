import type { Database } from 'better-sqlite3';
import { hubReference } from '../../requests/hubReference.ts';
import type { NewRequest, StoredRequest } from '../RequestStore.ts';
import { REQUEST_COLUMNS, type RequestRow, requestFromRow } from './requestFromRow.ts';

/**
 * Stores the requests whose ids are new, in one IMMEDIATE transaction: the write lock is taken before
 * any id is looked up, so a post racing this one (another connection, another hub process) either
 * committed its row before (and it is answered here as it is) or waits for this one to commit. The
 * hub reference is the year's next number, taken under the same lock, so no two requests share one.
 */
export function writeRequests(
  db: Database,
  requests: readonly NewRequest[],
  now: Date,
): { request: StoredRequest; stored: boolean }[] {
  const find = db.prepare(`SELECT ${REQUEST_COLUMNS} FROM requests WHERE id = ?`);
  const next = db.prepare('SELECT COALESCE(MAX(ref_number), 0) + 1 AS n FROM requests WHERE ref_year = ?');
  const insert = db.prepare(
    `INSERT INTO requests (id, device_id, spot_id, service_id, form_id, form_version, digest, sealed, ref_year,
       ref_number, hub_ref, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db
    .transaction(() => {
      const at = now.toISOString();
      // The hub's clock in UTC: mainland Portugal and Madeira keep UTC in winter, so the year turns at
      // the same instant as theirs.
      const year = now.getUTCFullYear();
      return requests.map((request) => {
        const existing = find.get(request.requestId) as RequestRow | undefined;
        if (existing) return { request: requestFromRow(existing), stored: false };
        const { n } = next.get(year) as { n: number };
        const hubRef = hubReference(year, n);
        insert.run(
          request.requestId,
          request.deviceId,
          request.spotId,
          request.serviceId,
          request.formId,
          request.formVersion,
          request.digest,
          request.sealed,
          year,
          n,
          hubRef,
          at,
        );
        const { sealed: _sealed, ...kept } = request;
        return { request: { ...kept, hubRef, receivedAt: Date.parse(at), receipt: null }, stored: true };
      });
    })
    .immediate();
}
