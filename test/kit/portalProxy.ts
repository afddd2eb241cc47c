import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy in front of the hub that can turn into a captive portal: while `portal` is on,
 * every request is answered `200 text/html` with a login page, as a nursing home's Wi-Fi does before its
 * terms are accepted. Off, it forwards everything as it is.
 */
export async function startPortalProxy(target: string): Promise<{
  url: string;
  setPortal: (on: boolean) => void;
  /** What the proxy answered as the portal, by path. */
  portalHits: () => string[];
  stop: () => Promise<void>;
}> {
  const hub = new URL(target);
  let portal = false;
  const hits: string[] = [];
  const server = createServer((incoming, outgoing) => {
    if (portal) {
      hits.push(incoming.url ?? '');
      incoming.resume();
      outgoing.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      outgoing.end('<!doctype html><title>Wi-Fi do Lar</title><h1>Aceite os termos para navegar</h1>');
      return;
    }
    const forward = request(
      {
        host: hub.hostname,
        port: hub.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: hub.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setPortal: (on) => {
      portal = on;
    },
    portalHits: () => [...hits],
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
