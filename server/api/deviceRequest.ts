import type { Device } from '../devices/Device.ts';

// What the API's hooks add to a request: the body's bytes exactly as they arrived (a signed call's
// digest is over them, not over a re-serialised JSON), and the device a signed call proved to be.
declare module 'fastify' {
  interface FastifyRequest {
    rawBody: Buffer | null;
    device: Device | null;
  }
}
