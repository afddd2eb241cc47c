import type { FastifyError, FastifyInstance } from 'fastify';
import * as v from 'valibot';
import {
  DELIVERY_CODES,
  DELIVERY_PATH,
  type DeliveryAnswer,
  type DeliveryItem,
  MAX_BATCH_BYTES,
  MAX_BATCH_REQUESTS,
} from '../../src/core/sync/deliveryProtocol.ts';
import { HubError } from '../HubError.ts';
import { handleError } from '../handleError.ts';
import { type AttachmentHolder, NO_UPLOADS_YET } from '../requests/AttachmentHolder.ts';
import { DeliveryBatchSchema } from '../requests/deliveryBatchSchema.ts';
import { INTAKE_CODES } from '../requests/INTAKE_CODES.ts';
import { inflateBody } from '../requests/inflateBody.ts';
import { receiveBatch } from '../requests/receiveBatch.ts';
import type { ApiParts } from './ApiParts.ts';
import { issueNonce } from './issueNonce.ts';
import { requireDevice } from './requireDevice.ts';
import './deviceRequest.ts';

/**
 * `POST /api/requests` (DELIVERY_PATH), signed: a batch of sealed requests, JSON, gzip or not, and a
 * result per request (see receiveBatch). Refused whole, before any request is looked at: a body over
 * MAX_BATCH_BYTES, as sent or once inflated (413 batch-too-large); over MAX_BATCH_REQUESTS requests
 * (413 batch-too-many-requests); not JSON, a broken gzip, or not a batch of shape v1 (400
 * batch-malformed); an encoding other than gzip (415 batch-encoding-unsupported); then the signed-call
 * refusals of requireDevice (401). Answered 200 with the results, or 409 request-conflict when every
 * request of the batch is a conflict (the results still in the body); either answer carries a fresh
 * nonce for the device's next call (`nextNonce`), so a drain of many batches pays one nonce round trip.
 */
export function requestsRoute(
  parts: ApiParts,
  { attachments = NO_UPLOADS_YET }: { attachments?: AttachmentHolder } = {},
) {
  return async (api: FastifyInstance): Promise<void> => {
    api.decorateRequest('device', null);
    api.addHook('preHandler', requireDevice(parts));
    // This route undoes its own Content-Encoding (see `decompress: false`), so that inflating stops at
    // the batch limit; the bytes kept for the signature are the inflated ones, as signedCall.ts says.
    const parseJson = api.getDefaultJsonParser('error', 'error');
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
      inflateBody(body as Buffer, header(request.headers['content-encoding']), MAX_BATCH_BYTES).then(
        (bytes) => {
          request.rawBody = bytes;
          parseJson(request, bytes.toString('utf8'), done);
        },
        (error: Error) => done(error, undefined),
      );
    });

    api.post(
      DELIVERY_PATH.slice('/api'.length),
      {
        // Of the body as sent; inflated, inflateBody holds it to the same.
        bodyLimit: MAX_BATCH_BYTES,
        // @fastify/compress would inflate in front of the parser: Fastify stops reading at bodyLimit, but
        // the inflater runs on to the body's end (a 1 GiB gzip bomb still cost ~1 s of CPU after its 413).
        decompress: false,
        errorHandler: (error: FastifyError | HubError, request, reply) =>
          handleError(batchError(error), request, reply),
      },
      async (request, reply) => {
        const { device } = request;
        if (device === null) throw new Error('requireDevice let a call through without a device');
        const items = readBatch(request.body);
        const { results, tally } = await receiveBatch(items, device, { ...parts, attachments });
        request.log.info({ deviceId: device.id, requests: items.length, ...tally }, 'batch received');
        const { nonce } = await issueNonce(parts);
        const answer: DeliveryAnswer = { v: 1, results, nextNonce: nonce };
        const conflicts = results.filter((r) => r.status === 'rejected' && r.code === DELIVERY_CODES.conflict);
        if (results.length > 0 && conflicts.length === results.length) {
          return reply.code(409).send({
            ...answer,
            error: {
              code: DELIVERY_CODES.conflict,
              message: 'every request of the batch was stored before with other content: nothing was replaced',
            },
          });
        }
        return answer;
      },
    );
  };
}

/** The batch's requests, or the refusal of the whole batch: too many of them (413), or not a batch (400). */
function readBatch(body: unknown): DeliveryItem[] {
  const requests = (body as { requests?: unknown } | null)?.requests;
  if (Array.isArray(requests) && requests.length > MAX_BATCH_REQUESTS) {
    throw new HubError(
      413,
      INTAKE_CODES.batchTooMany,
      `the batch holds ${requests.length} requests; send at most ${MAX_BATCH_REQUESTS} at a time`,
    );
  }
  const parsed = v.safeParse(DeliveryBatchSchema, body);
  if (!parsed.success) {
    const [issue] = parsed.issues;
    const path = (issue && v.getDotPath(issue)) ?? 'body';
    const why = issue?.input === undefined && issue.kind === 'schema' ? 'is missing' : issue?.message;
    throw new HubError(400, INTAKE_CODES.batchMalformed, `not a delivery batch of shape v1: ${path} ${why}`);
  }
  return parsed.output.requests;
}

/** Fastify's own refusals of the body, under the intake's codes; anything else as it is. */
function batchError(error: FastifyError | HubError): FastifyError | HubError {
  if (error instanceof HubError || error.statusCode === undefined) return error;
  if (error.statusCode === 413) {
    return new HubError(413, INTAKE_CODES.batchTooLarge, `the batch is over ${MAX_BATCH_BYTES} bytes`);
  }
  if (error.statusCode === 400) return new HubError(400, INTAKE_CODES.batchMalformed, error.message);
  return error;
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}
