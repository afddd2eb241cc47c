/**
 * An attendance in progress as stored. Everything personal is in `ciphertext` (AES-GCM under the
 * mediator's data key, bound to kind, id and mediator); the rest is what a list may show: which
 * service, and when. Bytes are kept as Uint8Array (not Blob: happy-dom's Blob does not survive
 * fake-indexeddb, and a Blob would add nothing here).
 */
export interface DraftRecord {
  id: string;
  mediatorId: string;
  /** What the draft is ("attendance"): a code, never personal. */
  kind: string;
  serviceId: string | null;
  createdAt: number;
  updatedAt: number;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}
