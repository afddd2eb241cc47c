import type { FastifyInstance } from 'fastify';
import './deviceRequest.ts';

/**
 * Replaces the JSON body parser of `api` with one that keeps the body's bytes on the request before
 * parsing them the default way (same limits, same prototype-poisoning guard). The bytes are those after
 * any Content-Encoding was undone (@fastify/compress inflates request bodies first): a device hashes
 * the body it serialised, not its gzip.
 */
export function keepRawBody(api: FastifyInstance): void {
  api.decorateRequest('rawBody', null);
  const parseJson = api.getDefaultJsonParser('error', 'error');
  api.removeContentTypeParser('application/json');
  api.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    request.rawBody = bytes;
    parseJson(request, bytes.toString('utf8'), done);
  });
}
