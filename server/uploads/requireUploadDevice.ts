import type { FastifyReply, FastifyRequest } from 'fastify';
import { uploadCallBody } from '../../src/core/sync/uploadProtocol.ts';
import type { ApiParts } from '../api/ApiParts.ts';
import { requireDevice } from '../api/requireDevice.ts';
import '../api/deviceRequest.ts';

/**
 * The preHandler of every tus call: requireDevice's checks and codes, unchanged, over the text of the
 * call's tus headers in place of its body (uploadCallBody). requireDevice verifies the signature over
 * whatever `rawBody` holds, so that is what it is set to; the PATCH's streamed bytes are never parsed,
 * so no route here sees a body the signature did not cover (they are checked whole, by digest, at the end).
 */
export function requireUploadDevice(parts: ApiParts) {
  const check = requireDevice(parts);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    request.rawBody = Buffer.from(
      uploadCallBody((name) => single(request, name)),
      'utf8',
    );
    await check(request, reply);
  };
}

/** A header's one value; sent twice it signs as absent, which the device never signed. */
function single(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}
