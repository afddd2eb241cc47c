import type { FastifyInstance } from 'fastify';
import { CATALOG_SIGNATURE_HEADER, signCatalogAnswer } from '../../src/core/catalog/catalogSignature.ts';
import { HubError } from '../HubError.ts';
import type { ApiParts } from './ApiParts.ts';
import { deviceRoutes } from './deviceRoutes.ts';
import { enrollRoute } from './enrollRoute.ts';
import { etagMatches } from './etagMatches.ts';
import { keepRawBody } from './keepRawBody.ts';
import { nonceRoute } from './nonceRoute.ts';
import { parseSince } from './parseSince.ts';
import { requestsRoute } from './requestsRoute.ts';

/**
 * The device's API, mounted under /api. Answers are never stored by HTTP caches (a proxy or the
 * browser keeping a catalog answer would hide a newer catalog): the device keeps the ETag itself and
 * sends If-None-Match, so an unchanged catalog still costs only a 304. No-store also keeps enrollment
 * answers and nonces out of every cache. The catalog reads are public; enrollment and nonces are
 * unsigned by nature; everything in deviceRoutes is signed.
 */
export function apiRoutes(parts: ApiParts) {
  const { store } = parts;
  return async (api: FastifyInstance): Promise<void> => {
    api.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });
    keepRawBody(api);

    api.get('/health', async () => ({ ok: true, catalogVersion: await store.currentVersion() }));

    api.get<{ Querystring: { since?: unknown } }>('/catalog', async (request, reply) => {
      const since = parseSince(request.query.since);
      // The ETag names the catalog version the answer brings the device to, not the answer's bytes:
      // a device that holds version N (whatever delta brought it there) sends "cN" and, while the hub is
      // still at N, gets a 304 at once.
      const version = await store.currentVersion();
      const etag = `"c${version}"`;
      reply.header('etag', etag);
      if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
      const delta = await store.deltaSince(since);
      // An import between the two reads moved the version: name the answer by what it holds.
      if (delta.version !== version) reply.header('etag', `"c${delta.version}"`);
      // Serialised here, so that the signature is over the very bytes sent (before their gzip).
      const body = JSON.stringify(delta);
      const signature = await signCatalogAnswer(
        body,
        { since: delta.since, version: delta.version },
        await parts.keys.receipts.signingKey(),
      );
      return reply.header(CATALOG_SIGNATURE_HEADER, signature).type('application/json; charset=utf-8').send(body);
    });

    enrollRoute(parts)(api);
    nonceRoute(parts)(api);
    api.register(deviceRoutes(parts));
    api.register(requestsRoute(parts, parts.attachments ? { attachments: parts.attachments } : {}));

    api.all('/*', async (request) => {
      throw new HubError(404, 'not-found', `no such API: ${request.method} ${request.url}`);
    });
  };
}
