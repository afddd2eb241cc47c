import type { FastifyInstance } from 'fastify';
import { deviceRoutes } from '../../../server/api/deviceRoutes.ts';
import { keepRawBody } from '../../../server/api/keepRawBody.ts';

/**
 * Adds `POST /api/test/echo` to a test hub's app, signed like every device route (the hub has no signed
 * POST of its own yet): it answers the body it parsed and the device it authenticated, so a test can
 * sign a body and then change it on the way.
 */
export function signedEcho(app: FastifyInstance, parts: Parameters<typeof deviceRoutes>[0]): void {
  app.register(
    async (api) => {
      keepRawBody(api);
      await api.register(async (signed) => {
        await deviceRoutes(parts)(signed);
        signed.post('/echo', async (request) => ({ body: request.body, deviceId: request.device?.id }));
      });
    },
    { prefix: '/api/test' },
  );
}
