import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HubError } from './HubError.ts';

/**
 * Serves the built app. Only `assets/` holds content-hashed names, so only they are cached forever;
 * everything else (index.html, sw.js, the manifest, icons) is revalidated on every use, because its URL
 * never changes and a stale sw.js would keep an old app alive on the device.
 */
export function serveApp(app: FastifyInstance, appDir: string): void {
  app.register(fastifyStatic, {
    root: appDir,
    wildcard: true,
    index: ['index.html'],
    cacheControl: false,
    dotfiles: 'ignore',
    suppressWarning: true,
    setHeaders: (reply, path) => {
      const hashed = relative(appDir, path).startsWith(`assets${sep}`);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (!isNavigation(request)) {
      throw new HubError(404, 'not-found', `nothing at ${request.method} ${request.url}`);
    }
    if (!existsSync(join(appDir, 'index.html'))) return notBuilt(reply, appDir);
    // The app routes in the page: any address a mediator bookmarked or reloads opens the shell.
    return reply.code(200).sendFile('index.html');
  });
}

/** A page load in a browser, as opposed to a script, an image, or an API call. */
function isNavigation(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !path.startsWith('/api/') &&
    !path.startsWith('/assets/') &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

function notBuilt(reply: FastifyReply, appDir: string): FastifyReply {
  return reply
    .code(503)
    .header('cache-control', 'no-store')
    .type('text/plain; charset=utf-8')
    .send(
      `Balcão is not built: there is no index.html in ${appDir}.\nRun \`npm run build\`, then start the hub again.\n`,
    );
}
