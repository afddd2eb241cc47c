import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { UPLOADS_PATH } from '../src/core/sync/uploadProtocol.ts';
import { apiRoutes } from './api/apiRoutes.ts';
import { handleError } from './handleError.ts';
import type { HubKeyring } from './keys/HubKeyring.ts';
import { securityHeaders } from './securityHeaders.ts';
import { serveApp } from './serveApp.ts';
import type { HubStore } from './store/HubStore.ts';
import { uploadHolder } from './uploads/uploadHolder.ts';
import { type UploadOptions, uploadRoutes } from './uploads/uploadRoutes.ts';

export interface HubParts {
  store: HubStore;
  /** The sealing keys whose public halves enrolled devices are given. */
  keys: HubKeyring;
  /** The built app's folder (`dist/`). */
  appDir: string;
  /** Fastify's pino options (JSON lines on stdout), or false for none (tests). */
  logger: FastifyServerOptions['logger'];
  /** The clock of enrollment codes' and nonces' expiry; a test's fake one, or the real one. */
  now?: () => Date;
  /** Where devices' resumable uploads of attachments are kept (`<data>/uploads`); without it the hub takes none. */
  uploads?: UploadOptions;
}

/** The hub's HTTP side, not yet listening: `main.ts` listens, tests call `inject()`. */
export function buildHub({ store, keys, appDir, logger, now = () => new Date(), uploads }: HubParts): FastifyInstance {
  const app = Fastify({
    logger: logger ?? false,
    // A UUID rather than Fastify's counter, which restarts at 1 with every process and so cannot
    // tell apart two requests a mediator reports from different days.
    genReqId: () => randomUUID(),
    // The catalog import is a CLI command, so devices send only small bodies for now.
    bodyLimit: 1024 * 1024,
  });
  app.addHook('onRequest', securityHeaders);
  app.setErrorHandler(handleError);
  // The whole catalog is ~200 KB of JSON and ~10 % of that gzipped: on a van's weak 3G link that is
  // the difference between a refresh that finishes and one that times out.
  app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  const attachments = uploads ? uploadHolder(uploads.dataDir) : undefined;
  app.register(apiRoutes({ store, keys, now, ...(attachments && { attachments }) }), { prefix: '/api' });
  if (uploads) app.register(uploadRoutes({ store, keys, now, ...uploads }), { prefix: UPLOADS_PATH });
  serveApp(app, appDir);
  return app;
}
