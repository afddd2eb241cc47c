import * as v from 'valibot';
import { MAX_BATCH_REQUESTS } from '../../src/core/sync/deliveryProtocol.ts';

/** base64url of 32 bytes, unpadded. */
const SHA256 = /^[A-Za-z0-9_-]{43}$/;

/** More than a form could name: every attachment is a scan or a photo a mediator took. */
const MAX_ATTACHMENTS = 100;

export const DeliveryItemSchema = v.strictObject({
  id: v.pipe(v.string('must be a string'), v.uuid('is not a request id (a UUID)')),
  digest: v.pipe(v.string('must be a string'), v.regex(SHA256, 'is not a SHA-256 digest in base64url')),
  sealed: v.pipe(v.string('must be a string'), v.nonEmpty('is empty')),
  attachmentIds: v.pipe(
    v.array(
      v.pipe(v.string('must be a string'), v.nonEmpty('is empty'), v.maxLength(128, 'is too long')),
      'must be a list',
    ),
    v.maxLength(MAX_ATTACHMENTS, `names more than ${MAX_ATTACHMENTS} attachments`),
  ),
});

/** A batch as `DeliveryBatch` says, and nothing else: a member the hub does not know is refused, not ignored. */
export const DeliveryBatchSchema = v.strictObject({
  v: v.literal(1, 'must be 1'),
  requests: v.pipe(
    v.array(DeliveryItemSchema, 'must be a list'),
    v.maxLength(MAX_BATCH_REQUESTS, `holds more than ${MAX_BATCH_REQUESTS} requests`),
  ),
});
