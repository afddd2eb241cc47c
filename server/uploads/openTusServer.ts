import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import type { FastifyBaseLogger } from 'fastify';
import { DIGEST_MISMATCH_STATUS, UPLOAD_CODES, UPLOADS_PATH, uploadId } from '../../src/core/sync/uploadProtocol.ts';
import { verifyUpload } from './verifyUpload.ts';

export interface TusParts {
  /** The uploads folder. */
  dir: string;
  maxBytes: number;
  /** The device whose signed call this is (set by the route as it hands the call over). */
  callerOf(call: Request): string | undefined;
  log: FastifyBaseLogger;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The tus server behind the upload routes, over @tus/file-store in `dir`. The routes have authenticated
 * the device and checked the creation's headers before a call gets here; this names uploads after the
 * device and checks each one whole when its last byte arrives.
 */
export function openTusServer({ dir, maxBytes, callerOf, log }: TusParts): Server {
  return new Server({
    path: UPLOADS_PATH,
    datastore: new FileStore({ directory: dir }),
    // The Location is the path alone: the hub need not know the origin devices reach it by.
    relativeLocation: true,
    maxSize: maxBytes,
    // The app and its service worker are the hub's own origin: no other page may upload.
    allowedOrigins: [],
    disableTerminationForFinishedUploads: true,
    namingFunction: (req, metadata) => {
      const deviceId = callerOf(req);
      const attachmentId = metadata?.attachmentId;
      // The route checked both before handing the call over: this is a bug, not a device's mistake.
      if (!deviceId || !attachmentId) throw new Error('an upload created without its device or attachment id');
      return uploadId(deviceId, attachmentId);
    },
    onUploadFinish: async (_req, upload) => {
      const check = await verifyUpload(dir, upload.id);
      if (check.state === 'held') {
        log.info({ uploadId: upload.id, bytes: check.bytes }, 'upload held');
        return {};
      }
      if (check.state === 'mismatch') {
        log.warn({ uploadId: upload.id }, 'upload dropped: its bytes are not its digest');
        return {
          status_code: DIGEST_MISMATCH_STATUS,
          headers: { 'content-type': JSON_TYPE },
          body: JSON.stringify({
            error: {
              code: UPLOAD_CODES.digestMismatch,
              message: 'the bytes uploaded are not the digest named at creation: the upload was deleted, send it again',
            },
          }),
        };
      }
      throw new Error(`upload ${upload.id} ended ${check.state}`);
    },
    // tus's own refusals (404, 409, 413 …) carry their status; anything else is the hub failing, which
    // tus would answer with the error's message. It is logged, and the device learns only that it failed.
    onResponseError: (_req, error) => {
      if (!(error instanceof Error)) {
        if (error.status_code >= 500) log.error({ status: error.status_code, body: error.body }, 'upload call failed');
        return undefined;
      }
      log.error({ err: error }, 'upload call failed');
      return { status_code: 500, body: 'the hub failed to answer\n' };
    },
  });
}
