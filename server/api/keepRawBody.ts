import type { FastifyInstance } from 'fastify';
import './deviceRequest.ts';

/**
 * Makes JSON the only body `api` parses, with a parser that keeps the body's bytes on the request before
 * parsing them the default way (same limits, same prototype-poisoning guard). Every other content type
 * is refused (415) before any route sees it: a body parsed without its bytes kept would reach a signed
 * route without the signature covering it. The bytes are those after any Content-Encoding was undone
 * (@fastify/compress inflates request bodies first): a device hashes the body it serialised, not its
 * gzip. A route with another kind of body (tus uploads) adds its own byte-keeping parser.
 */
export function keepRawBody(api: FastifyInstance): void {
  api.decorateRequest('rawBody', null);
  const parseJson = api.getDefaultJsonParser('error', 'error');
  api.removeAllContentTypeParsers();
  api.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    request.rawBody = bytes;
    parseJson(request, bytes.toString('utf8'), done);
  });
}
