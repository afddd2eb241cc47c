import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { enrollProofText } from '../../src/core/deviceAuth/enrollProof.ts';
import { devicePublicJwk } from '../devices/devicePublicJwk.ts';
import { importDeviceKey } from '../devices/importDeviceKey.ts';
import { verifyDeviceSignature } from '../devices/verifyDeviceSignature.ts';
import { hashEnrollCode } from '../enroll/hashEnrollCode.ts';
import { HubError } from '../HubError.ts';
import { handleError } from '../handleError.ts';
import type { ApiParts } from './ApiParts.ts';
import { deviceProfile } from './deviceProfile.ts';

const EnrollBody = v.object({
  code: v.pipe(v.string('must be a string'), v.minLength(1, 'is empty'), v.maxLength(64, 'is too long')),
  publicKey: v.unknown(),
  label: v.optional(v.pipe(v.string('must be a string'), v.trim(), v.maxLength(80, 'is longer than 80 characters'))),
  proof: v.pipe(v.string('must be a string'), v.maxLength(256, 'is too long')),
});

const REFUSED = {
  unknown: ['enroll-code-unknown', 'there is no such enrollment code: check it with the coordinator'],
  expired: ['enroll-code-expired', 'the enrollment code has expired: ask the coordinator for a new one'],
  used: ['enroll-code-used', 'the enrollment code was already used: ask the coordinator for a new one'],
} as const;

/**
 * `POST /api/enroll`, unsigned (the device has no id yet): a one-time code from the coordinator, the
 * device's new public signing key, and a proof that the device holds its private half (the key's
 * signature over `enrollProofText(code)`). Checked in the order the device can act on: the request's
 * shape (400 enroll-bad-request), the key (400 enroll-bad-key), the proof (400 enroll-bad-proof), then
 * the code (403 enroll-code-unknown / -expired / -used). The first three are the device's bugs; the last
 * three the mediator fixes with a new code.
 */
export function enrollRoute({ store, keys, now }: ApiParts) {
  return (api: FastifyInstance): void => {
    api.post(
      '/enroll',
      {
        // A body that is not JSON at all is the same device bug as a body of the wrong shape.
        errorHandler: (error: FastifyError, request, reply) =>
          handleError(
            error instanceof HubError || error.statusCode === undefined || error.statusCode >= 500
              ? error
              : new HubError(error.statusCode, 'enroll-bad-request', error.message),
            request,
            reply,
          ),
      },
      async (request) => {
        const body = request.body;
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          throw new HubError(
            400,
            'enroll-bad-request',
            'the body must be a JSON object with code, publicKey and proof',
          );
        }
        const parsed = v.safeParse(EnrollBody, body);
        if (!parsed.success) {
          const [issue] = parsed.issues;
          const field = (issue && v.getDotPath(issue)) ?? 'body';
          const why = issue?.input === undefined ? 'is missing' : issue.message;
          throw new HubError(400, 'enroll-bad-request', `${field} ${why}`);
        }
        const { code, label, proof } = parsed.output;
        const checked = devicePublicJwk(parsed.output.publicKey);
        if ('problem' in checked) throw new HubError(400, 'enroll-bad-key', checked.problem);
        const key = await importDeviceKey(checked.jwk).catch(() => {
          throw new HubError(400, 'enroll-bad-key', 'publicKey is not a point on the P-256 curve');
        });
        if (!(await verifyDeviceSignature(key, proof, enrollProofText(code)))) {
          throw new HubError(400, 'enroll-bad-proof', "proof is not the new key's signature of the enrollment text");
        }

        const outcome = await store.enrollDevice(
          { codeHash: hashEnrollCode(code), deviceId: randomUUID(), publicJwk: checked.jwk, label: label || null },
          now(),
        );
        if (!outcome.ok) {
          const [reason, message] = REFUSED[outcome.reason];
          throw new HubError(403, reason, message);
        }
        request.log.info({ deviceId: outcome.device.id, spotId: outcome.spot.id }, 'device enrolled');
        return deviceProfile(outcome.device.id, outcome.spot, keys);
      },
    );
  };
}
