import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';

/**
 * A device's tus call as the web Request @tus/server's `handleWeb` takes. Its body is the PATCH's bytes
 * as they arrive, and a link cut mid-body ends it there, quietly, rather than failing it: tus then writes
 * every byte that reached the hub, and the device's HEAD resumes after the last one. (Fed the Node request
 * itself, tus drops whatever it had buffered when the connection resets: up to a whole chunk per cut.)
 */
export function tusCall(request: FastifyRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else for (const each of value ?? []) headers.append(name, each);
  }
  const hasBytes = request.method !== 'HEAD' && headers.get('content-type') === 'application/offset+octet-stream';
  // Only the path matters: tus answers with a relative Location.
  return new Request(new URL(request.url, 'http://hub.invalid'), {
    method: request.method,
    headers,
    ...(hasBytes ? { body: bytesUntilCut(request.raw), duplex: 'half' } : {}),
  });
}

function bytesUntilCut(raw: IncomingMessage): ReadableStream<Uint8Array> {
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const finish = () => {
        if (done) return;
        done = true;
        controller.close();
      };
      raw.on('data', (chunk: Buffer) => {
        if (done) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) raw.pause();
      });
      raw.once('end', finish);
      // The link cut: the bytes so far are the body.
      raw.once('close', finish);
      raw.once('error', finish);
    },
    pull() {
      raw.resume();
    },
    cancel() {
      done = true;
      raw.destroy();
    },
  });
}
