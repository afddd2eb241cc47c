/** A completed request as the hub keeps it: what it was bound to, and the sealed JWE exactly as it came. */
export interface StoredRequest {
  /** The request id (UUID): the idempotency key, forever. */
  requestId: string;
  /** The device that sealed it (another device of its spot may have posted it: an imported outbox). */
  deviceId: string;
  /** That device's spot. */
  spotId: string;
  serviceId: string;
  formId: string;
  formVersion: number;
  /** SHA-256 (base64url) of `sealed`: the content the id is bound to. */
  digest: string;
  /** The hub's own reference, unique and readable (`H-2026-000123`). */
  hubRef: string;
  /** When the hub stored it, by the hub's clock, epoch ms. */
  receivedAt: number;
  /** The signed receipt, once made; every later answer for this request is these very bytes. */
  receipt: string | null;
}

/** What the intake stores of a request it accepted; the hub reference and the time are the store's to give. */
export interface NewRequest extends Omit<StoredRequest, 'hubRef' | 'receivedAt' | 'receipt'> {
  /** The compact JWE, kept as it came: at rest a request stays encrypted. */
  sealed: string;
}

/**
 * The requests the hub received, keyed by request id. The sealed content is written and never read
 * back here: the hub keeps it encrypted, and nothing in the intake needs more than its digest.
 */
export interface RequestStore {
  /** The stored requests among `ids` (in no particular order); an id the hub never stored is left out. */
  storedRequests(ids: readonly string[]): Promise<StoredRequest[]>;
  /**
   * Stores each request whose id is new, with the next hub reference of the year, in one transaction
   * that takes the write lock before it looks: of two posts racing with one id, exactly one stores it.
   * Answers, in the order given, the row each id has now, and whether this call stored it; a row that
   * was there already (or came earlier in `requests`) is answered as it is, whatever its digest.
   */
  storeRequests(requests: readonly NewRequest[], now: Date): Promise<{ request: StoredRequest; stored: boolean }[]>;
  /**
   * Keeps each receipt unless its request has one already, in one transaction, and answers the receipt
   * each request has now: of two answers signed at once for one request, only the first is ever sent.
   */
  keepReceipts(receipts: readonly { requestId: string; receipt: string }[]): Promise<Map<string, string>>;
}
