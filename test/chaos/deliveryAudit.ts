// What the chaos and crash tests conclude from: the device's outbox, read in its page, beside the hub's
// requests, read from its SQLite file, and each receipt checked the way the device checks it.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { ReceiptInvalid, type ReceiptKey, verifyReceipt } from '../../src/core/sync/receipt.ts';
import type { RunningHub } from '../kit/startHub.ts';

export interface DeliveryAudit {
  /** Requests on the device (every outbox row: each one was shown as saved). */
  device: number;
  delivered: number;
  /** Hub rows, and distinct ids among them. */
  hubRows: number;
  hubIds: number;
  /** Marked delivered (or purged) on the device, yet not on the hub: requests the device let go of. */
  lost: string[];
  /** On the device, not on the hub (yet): the lost, and those still waiting. */
  notOnHub: string[];
  /** Hub rows beyond one per id, and hub rows no device request accounts for. */
  duplicated: number;
  strangers: string[];
  /** Device requests marked delivered whose receipt is missing, does not verify, or is not the hub's one receipt. */
  badReceipts: string[];
  /** Hub rows without their one receipt. */
  unreceipted: string[];
  /** Device requests not delivered (yet), by state. */
  pending: Record<string, number>;
  /** Why those wait, by state and last error, with their attempts and the longest wait left (s). */
  waiting: Record<string, { requests: number; attempts: number[]; longestWaitS: number }>;
  /** A few of them as they are stored (without their sealed payload), for the log of a failing run. */
  stuck: Record<string, unknown>[];
}

interface DeviceRow {
  id: string;
  state: string;
  sealedDigest: string;
  receipt: string | null;
  hubRef: string | null;
  attempts: number;
  nextAttemptAt: number | null;
  leaseUntil: number | null;
  lastError: { code: string } | null;
  /** An imported request's sealer, which its receipt names (see drain.ts). */
  boundDeviceId?: string;
}

interface HubRow {
  id: string;
  digest: string;
  hub_ref: string;
  receipt: string | null;
}

/** The hub's requests, read from its SQLite file while it runs (read-only, as a second process). */
export function hubRequests(hub: RunningHub): HubRow[] {
  const db = new Database(join(hub.dataDir, 'balcao.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id, digest, hub_ref, receipt FROM requests').all() as HubRow[];
  } finally {
    db.close();
  }
}

/** How many requests the hub holds. */
export function hubCount(hub: RunningHub): number {
  const db = new Database(join(hub.dataDir, 'balcao.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM requests').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** The device's outbox rows and its identity's public parts, read in the page from its IndexedDB. */
export function deviceOutbox(
  page: Page,
): Promise<{ rows: DeviceRow[]; deviceId: string; receiptKeys: ReceiptKey[]; stuck: Record<string, unknown>[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('balcao');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    try {
      const rows = await all<DeviceRow & { sealed?: unknown }>('outbox');
      const stuck = rows
        .filter((row) => row.state !== 'delivered')
        .slice(0, 3)
        .map(({ sealed: _sealed, ...row }) => row as Record<string, unknown>);
      const [device] = await all<{ deviceId: string; receiptKeys?: ReceiptKey[] }>('device');
      return {
        rows: rows.map((row) => ({
          id: row.id,
          state: row.state,
          sealedDigest: row.sealedDigest,
          receipt: row.receipt,
          hubRef: row.hubRef,
          attempts: row.attempts,
          nextAttemptAt: row.nextAttemptAt,
          leaseUntil: row.leaseUntil,
          lastError: row.lastError && { code: row.lastError.code },
          ...(row.boundDeviceId !== undefined && { boundDeviceId: row.boundDeviceId }),
        })),
        deviceId: device?.deviceId ?? '',
        receiptKeys: device?.receiptKeys ?? [],
        stuck,
      };
    } finally {
      db.close();
    }
  });
}

/** How many of the device's requests are delivered, of how many (counted on the `state` index, in the page). */
export function deviceProgress(page: Page): Promise<{ total: number; delivered: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('balcao');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = (query: (store: IDBObjectStore) => IDBRequest<number>) =>
      new Promise<number>((resolve, reject) => {
        const request = query(db.transaction('outbox').objectStore('outbox'));
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    try {
      const [total, delivered] = await Promise.all([
        count((store) => store.count()),
        count((store) => store.index('state').count('delivered')),
      ]);
      return { total, delivered };
    } finally {
      db.close();
    }
  });
}

/**
 * Every device request against the hub: lost ones, duplicates, strangers, and each delivered request's
 * receipt verified (signature, request, digest, device) and equal to the one receipt the hub kept.
 */
export async function deliveryAudit(page: Page, hub: RunningHub): Promise<DeliveryAudit> {
  const { rows, deviceId, receiptKeys, stuck } = await deviceOutbox(page);
  const hubRows = hubRequests(hub);
  const onHub = new Map(hubRows.map((row) => [row.id, row]));
  const onDevice = new Set(rows.map((row) => row.id));
  const pending: Record<string, number> = {};
  const waiting: DeliveryAudit['waiting'] = {};
  const badReceipts: string[] = [];
  const now = Date.now();
  for (const row of rows) {
    if (row.state !== 'delivered') {
      pending[row.state] = (pending[row.state] ?? 0) + 1;
      const why = `${row.state} ${row.lastError?.code ?? ''}`.trim();
      const entry = waiting[why] ?? { requests: 0, attempts: [], longestWaitS: 0 };
      waiting[why] = entry;
      entry.requests += 1;
      if (!entry.attempts.includes(row.attempts)) entry.attempts.push(row.attempts);
      const until = row.state === 'sending' ? row.leaseUntil : row.nextAttemptAt;
      entry.longestWaitS = Math.max(entry.longestWaitS, Math.round(((until ?? now) - now) / 1_000));
      continue;
    }
    const kept = onHub.get(row.id)?.receipt;
    try {
      await verifyReceipt(row.receipt, receiptKeys, {
        requestId: row.id,
        digest: row.sealedDigest,
        deviceId: row.boundDeviceId ?? deviceId,
      });
      if (row.receipt !== kept) badReceipts.push(row.id);
    } catch (error) {
      if (!(error instanceof ReceiptInvalid)) throw error;
      badReceipts.push(row.id);
    }
  }
  return {
    device: rows.length,
    delivered: rows.filter((row) => row.state === 'delivered').length,
    hubRows: hubRows.length,
    hubIds: onHub.size,
    lost: rows.filter((row) => row.state === 'delivered' && !onHub.has(row.id)).map((row) => row.id),
    notOnHub: rows.filter((row) => !onHub.has(row.id)).map((row) => row.id),
    duplicated: hubRows.length - onHub.size,
    strangers: hubRows.filter((row) => !onDevice.has(row.id)).map((row) => row.id),
    badReceipts,
    unreceipted: hubRows.filter((row) => row.receipt === null).map((row) => row.id),
    pending,
    waiting,
    stuck,
  };
}

/** The hub's own tally of its batches ("batch received" log lines): requests stored, and answered again. */
export function hubTally(hub: RunningHub): { batches: number; stored: number; again: number } {
  let batches = 0;
  let stored = 0;
  let again = 0;
  for (const line of hub.logs().split('\n')) {
    if (!line.includes('"batch received"')) continue;
    try {
      const entry = JSON.parse(line) as { stored?: number; again?: number };
      batches += 1;
      stored += entry.stored ?? 0;
      again += entry.again ?? 0;
    } catch {
      // A line cut at the end of the buffer.
    }
  }
  return { batches, stored, again };
}
