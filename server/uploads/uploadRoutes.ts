import { mkdir } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  isUuid,
  MAX_UPLOAD_BYTES,
  readUploadMetadata,
  UPLOAD_CODES,
  type UploadMetadata,
  uploadId,
} from '../../src/core/sync/uploadProtocol.ts';
import type { ApiParts } from '../api/ApiParts.ts';
import type { Device } from '../devices/Device.ts';
import { HubError } from '../HubError.ts';
import { openTusServer } from './openTusServer.ts';
import { requireUploadDevice } from './requireUploadDevice.ts';
import { tusCall } from './tusCall.ts';
import { readUploadInfo, uploadsFolder } from './uploadFiles.ts';
import { verifyUpload } from './verifyUpload.ts';

export interface UploadOptions {
  /** The hub's data folder: uploads are kept in `<data>/uploads`. */
  dataDir: string;
  /** The largest upload taken, in bytes: MAX_UPLOAD_BYTES, unless a test raises it. */
  maxBytes?: number;
}

const UPLOAD_ID = /^([0-9a-f-]{36})\.([0-9a-f-]{36})$/;

/**
 * tus 1.0 at UPLOADS_PATH (src/core/sync/uploadProtocol.ts), every call a signed device call. Refusals
 * the routes can make before tus sees the call are JSON `{error: {code, message}}` like the rest of the
 * API: unsigned and the other signed-call codes (401), a creation without its length or metadata (400),
 * over the limit (413), already created (409), another device's upload (403). Only POST (creation),
 * HEAD (the offset) and PATCH (bytes) exist: a device never reads an upload back or deletes one.
 */
export function uploadRoutes(parts: ApiParts & UploadOptions) {
  const dir = uploadsFolder(parts.dataDir);
  const maxBytes = parts.maxBytes ?? MAX_UPLOAD_BYTES;
  return async (api: FastifyInstance): Promise<void> => {
    // Ciphertext only, but still nobody else's to list.
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const callers = new WeakMap<Request, string>();
    const tus = openTusServer({ dir, maxBytes, callerOf: (call) => callers.get(call), log: api.log });

    api.decorateRequest('rawBody', null);
    api.decorateRequest('device', null);
    api.addHook('onRequest', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });
    // A PATCH's bytes go to tus (and to disk) as they arrive, unread by Fastify; nothing else has a body.
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
    api.addHook('preHandler', requireUploadDevice(parts));

    const handOver = async (request: FastifyRequest, reply: FastifyReply, device: Device) => {
      const call = tusCall(request);
      callers.set(call, device.id);
      const answer = await tus.handleWeb(call);
      reply.code(answer.status);
      for (const [name, value] of answer.headers) if (name !== 'content-length') reply.header(name, value);
      const body = await answer.text();
      return reply.send(body === '' ? undefined : body);
    };

    // The uploads being created now: two creations racing (two senders) must not both pass the check below.
    const creating = new Set<string>();
    api.post('/', async (request, reply) => {
      const device = caller(request);
      const metadata = creation(request, maxBytes);
      const id = uploadId(device.id, metadata.attachmentId);
      const exists = () =>
        new HubError(409, UPLOAD_CODES.exists, `attachment ${metadata.attachmentId} is already being uploaded`);
      if (creating.has(id)) throw exists();
      creating.add(id);
      try {
        // Never truncated by a second creation: the device resumes the one it made.
        if ((await readUploadInfo(dir, id)) !== undefined) throw exists();
        return await handOver(request, reply, device);
      } finally {
        creating.delete(id);
      }
    });

    api.route<{ Params: { uploadId: string } }>({
      method: ['HEAD', 'PATCH'],
      url: '/:uploadId',
      handler: async (request, reply) => {
        const device = caller(request);
        const id = request.params.uploadId;
        const named = UPLOAD_ID.exec(id);
        if (named === null || !isUuid(named[2] ?? '')) {
          throw new HubError(404, UPLOAD_CODES.notFound, `no upload ${id}`);
        }
        if (named[1] !== device.id) throw new HubError(403, UPLOAD_CODES.notYours, `upload ${id} is another device's`);
        // A complete upload is told complete only once its digest is checked (the hub may have stopped
        // between its last byte and the check); one that fails is gone, and the device creates it again.
        if (request.method === 'HEAD') await verifyUpload(dir, id);
        return handOver(request, reply, device);
      },
    });
  };
}

function caller(request: FastifyRequest): Device {
  if (request.device === null) throw new Error('requireDevice let a call through without a device');
  return request.device;
}

/** A creation's headers as the device sends them: a declared length within the limit, and the metadata. */
function creation(request: FastifyRequest, maxBytes: number): UploadMetadata {
  const { headers } = request;
  if (headers['upload-defer-length'] !== undefined || headers['upload-concat'] !== undefined) {
    throw new HubError(400, UPLOAD_CODES.badRequest, 'an upload declares its length and is one part');
  }
  const length = headers['upload-length'];
  if (typeof length !== 'string' || !/^\d{1,15}$/.test(length)) {
    throw new HubError(400, UPLOAD_CODES.badRequest, 'Upload-Length must be the upload’s size in bytes');
  }
  if (Number(length) > maxBytes) {
    throw new HubError(413, UPLOAD_CODES.tooLarge, `an upload is at most ${maxBytes} bytes, not ${length}`);
  }
  const metadata = readUploadMetadata(
    typeof headers['upload-metadata'] === 'string' ? headers['upload-metadata'] : undefined,
  );
  if ('problem' in metadata) throw new HubError(400, UPLOAD_CODES.badMetadata, metadata.problem);
  return metadata;
}
