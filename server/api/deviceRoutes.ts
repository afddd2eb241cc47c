import type { FastifyInstance } from 'fastify';
import { HubError } from '../HubError.ts';
import type { ApiParts } from './ApiParts.ts';
import { deviceProfile } from './deviceProfile.ts';
import { requireDevice } from './requireDevice.ts';

/**
 * The routes only an enrolled, unrevoked device may call, each call signed (see requireDevice). A
 * route added here is signed by being here.
 */
export function deviceRoutes(parts: ApiParts) {
  return async (api: FastifyInstance): Promise<void> => {
    api.decorateRequest('device', null);
    api.addHook('preHandler', requireDevice(parts));

    // The device calls it on start and with every catalog refresh: it is how a revoked device learns
    // so (its 401), and how a spot's new lock settings or a rotated hub key reach the device.
    api.get('/device', async (request) => {
      const { device } = request;
      if (device === null) throw new Error('requireDevice let a call through without a device');
      const spot = await parts.store.spot(device.spotId);
      if (spot === undefined) throw new HubError(500, 'internal', `device ${device.id} has no spot`);
      return { ...(await deviceProfile(device.id, spot, parts.keys)), revoked: false };
    });
  };
}
