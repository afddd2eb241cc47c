import type { FastifyReply, FastifyRequest } from 'fastify';

// Everything the app loads comes from the hub itself; nothing may frame it, and no plugin may run.
// camera=(self): the mediator scans documents with the laptop's camera.
const HEADERS = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    // Trusted Types: no string ever becomes HTML or script; the app's one `default` policy admits only
    // its own worker and service-worker URLs (src/app/installTrustedTypes.ts).
    "require-trusted-types-for 'script'",
    'trusted-types default',
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(self), geolocation=(), microphone=()',
  'x-frame-options': 'DENY',
} as const;

/**
 * An onRequest hook, so the headers are on the reply before any route, 404 or error handler runs and
 * every answer carries them. HSTS only over TLS: sent over plain HTTP (a hub on a LAN without a
 * certificate) it is ignored by browsers at best.
 */
export async function securityHeaders(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  reply.headers(HEADERS);
  if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
}
