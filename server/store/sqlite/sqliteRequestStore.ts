import type { Database } from 'better-sqlite3';
import type { RequestStore } from '../RequestStore.ts';
import { REQUEST_COLUMNS, type RequestRow, requestFromRow } from './requestFromRow.ts';
import { writeRequests } from './writeRequests.ts';

/** SQLite's limit on the `?` of one statement is far above a batch (MAX_BATCH_REQUESTS), but not unbounded. */
const IDS_PER_READ = 500;

export function sqliteRequestStore(db: Database): RequestStore {
  return {
    storedRequests: async (ids) => {
      const unique = [...new Set(ids)];
      const rows: RequestRow[] = [];
      for (let i = 0; i < unique.length; i += IDS_PER_READ) {
        const part = unique.slice(i, i + IDS_PER_READ);
        const marks = part.map(() => '?').join(', ');
        rows.push(
          ...(db
            .prepare(`SELECT ${REQUEST_COLUMNS} FROM requests WHERE id IN (${marks})`)
            .all(...part) as RequestRow[]),
        );
      }
      return rows.map(requestFromRow);
    },
    storeRequests: async (requests, now) => (requests.length === 0 ? [] : writeRequests(db, requests, now)),
    keepReceipts: async (receipts) => {
      const keep = db.prepare('UPDATE requests SET receipt = ? WHERE id = ? AND receipt IS NULL');
      const read = db.prepare('SELECT receipt FROM requests WHERE id = ?');
      return db
        .transaction(() => {
          const kept = new Map<string, string>();
          for (const { requestId, receipt } of receipts) {
            keep.run(receipt, requestId);
            const row = read.get(requestId) as { receipt: string | null } | undefined;
            if (typeof row?.receipt !== 'string') throw new Error(`request ${requestId} is not stored`);
            kept.set(requestId, row.receipt);
          }
          return kept;
        })
        .immediate();
    },
  };
}
