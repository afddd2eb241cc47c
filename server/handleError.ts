import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HubError } from './HubError.ts';

const CODES: Record<number, string> = {
  400: 'bad-request',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  408: 'timeout',
  413: 'too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
};

/**
 * Every error becomes `{error: {code, message}}`. A client's mistake (4xx) is told what it did; for
 * anything else the client learns only that the hub failed and the request id to quote, while the
 * stack goes to the log and never into the answer.
 */
export function handleError(error: FastifyError | HubError, request: FastifyRequest, reply: FastifyReply): void {
  const status =
    error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    void reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send({ error: { code: 'internal', message: `the hub failed to answer (request ${request.id})` } });
    return;
  }
  request.log.info({ err: { message: error.message, code: error.code } }, 'request refused');
  const code = error instanceof HubError ? error.code : (CODES[status] ?? `http-${status}`);
  void reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: { code, message: error.message } });
}
