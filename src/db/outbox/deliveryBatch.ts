import type { DeliveryBatch, DeliveryItem } from '../../core/sync/deliveryProtocol.ts';
import type { OutboxRecord } from '../requests/outboxRecord.ts';

/** `{"v":1,"requests":[` and `]}`: what a batch's JSON adds around its items. */
export const BATCH_JSON_OVERHEAD = JSON.stringify({ v: 1, requests: [] } satisfies DeliveryBatch).length;

/** A request as the hub receives it: what it is bound to (id, digest), the sealed text, what it names. */
export function deliveryItem(row: OutboxRecord): DeliveryItem {
  if (row.sealed === null) throw new TypeError(`request ${row.id} has no sealed payload to send`);
  return { id: row.id, digest: row.sealedDigest, sealed: row.sealed, attachmentIds: row.attachmentIds };
}

/** The UTF-8 length of a request's item in a batch's JSON, with the comma before it. */
export function itemBytes(row: OutboxRecord): number {
  return new TextEncoder().encode(JSON.stringify(deliveryItem(row))).byteLength + 1;
}

/** The batch's body before gzip: the bytes the signature's digest covers (signedCall.ts). */
export function batchJson(rows: readonly OutboxRecord[]): string {
  return JSON.stringify({ v: 1, requests: rows.map(deliveryItem) } satisfies DeliveryBatch);
}
