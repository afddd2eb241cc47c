// The codes of the hub's intake beyond the contract's own (DELIVERY_CODES in src/core/sync/deliveryProtocol.ts)
// and the verdicts of checkSealedRequest: one per thing the device (or its mediator) does about it.

export const INTAKE_CODES = {
  /** Per request, rejected: its digest is not the SHA-256 of its `sealed`, so the id is bound to nothing. */
  digestMismatch: 'digest-mismatch',
  /** The whole batch, 413: its body (as sent, or once inflated) is over MAX_BATCH_BYTES. Send smaller batches. */
  batchTooLarge: 'batch-too-large',
  /** The whole batch, 413: more than MAX_BATCH_REQUESTS requests. Send smaller batches. */
  batchTooMany: 'batch-too-many-requests',
  /** The whole batch, 400: not JSON, a broken gzip, or not a batch of shape v1. A bug on the device. */
  batchMalformed: 'batch-malformed',
  /** The whole batch, 415: a Content-Encoding other than gzip (or none). */
  encodingUnsupported: 'batch-encoding-unsupported',
} as const;
