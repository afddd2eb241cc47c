import type { webcrypto } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { signRevocationProof } from '../../src/core/deviceAuth/revocationProof.ts';
import {
  AUTH_FAILURES,
  type AuthFailure,
  bodyDigest,
  DEVICE_HEADER,
  NONCE_HEADER,
  NONCE_PATTERN,
  SIGNATURE_HEADER,
  signedCallText,
} from '../../src/core/deviceAuth/signedCall.ts';
import { importDeviceKey } from '../devices/importDeviceKey.ts';
import { verifyDeviceSignature } from '../devices/verifyDeviceSignature.ts';
import { HubError } from '../HubError.ts';
import type { ApiParts } from './ApiParts.ts';
import './deviceRequest.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

/**
 * The preHandler of every signed device route: sets `request.device`, or refuses with 401 and one code
 * per reason, checked in this order: unsigned, unknown device, revoked, stale nonce, replayed nonce,
 * bad signature. The nonce is judged before the signature, so a replay says `auth-replayed` whatever
 * its signature; and it is used only once the signature verified, so a call with a bad signature (a
 * corrupted header, a forger's guess) leaves the nonce to the real device's call. Using it is a
 * transaction that checks it again, so of two calls racing with one nonce only one passes.
 *
 * `auth-revoked` alone carries, beside its `error`, a `proof`: the hub's signed word that the device is
 * revoked (src/core/deviceAuth/revocationProof.ts), since it is the one answer on which a device wipes
 * itself. It is signed before the signature of the call is checked, as the refusal always was: what it
 * says is true whoever asks, it names the asking device id and nonce, and a device id revoked stays so.
 */
export function requireDevice({ store, keys, now }: ApiParts) {
  // A device's key never changes, so it is imported once; its revocation is read on every call.
  const deviceKeys = new Map<string, Promise<webcrypto.CryptoKey>>();
  const keyOf = (id: string, jwk: webcrypto.JsonWebKey) => {
    let key = deviceKeys.get(id);
    if (key === undefined) {
      key = importDeviceKey(jwk);
      deviceKeys.set(id, key);
      key.catch(() => deviceKeys.delete(id));
    }
    return key;
  };

  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const refuse = (code: AuthFailure, message: string) => {
      reply.header('www-authenticate', 'Balcao-Signature');
      return new HubError(401, code, message);
    };
    // Sent from here, not thrown: handleError's body has no room for the proof. A receipt key that cannot
    // be read throws instead, so the device gets a 500, retries later, and wipes nothing on an unproven word.
    const refuseRevoked = async (deviceId: string, nonce: string, revokedAt: string): Promise<FastifyReply> => {
      // Signed with every receipt key the hub keeps (the current first, as `proof`): a device that missed
      // the profile after a rotation holds only an older key, and must still be able to believe it.
      const [proof, ...older] = await Promise.all(
        (await keys.receipts.signingKeys()).map(({ kid, privateKey }) =>
          signRevocationProof({ deviceId, nonce, revokedAt }, privateKey, kid),
        ),
      );
      const message = `device ${deviceId} was revoked`;
      request.log.info({ err: { message, code: AUTH_FAILURES.revoked } }, 'request refused');
      reply.header('www-authenticate', 'Balcao-Signature');
      // Returned, so that Fastify waits for it to be sent and runs neither the next hook nor the route.
      return reply
        .code(401)
        .type('application/json; charset=utf-8')
        .send({ error: { code: AUTH_FAILURES.revoked, message }, proof, proofs: [proof, ...older] });
    };
    const deviceId = header(request, DEVICE_HEADER);
    const nonce = header(request, NONCE_HEADER);
    const signature = header(request, SIGNATURE_HEADER);
    if (deviceId === undefined || nonce === undefined || signature === undefined) {
      throw refuse(
        AUTH_FAILURES.unsigned,
        `a device call needs the ${DEVICE_HEADER}, ${NONCE_HEADER} and ${SIGNATURE_HEADER} headers`,
      );
    }
    if (!UUID.test(deviceId) || !NONCE_PATTERN.test(nonce) || !SIGNATURE.test(signature)) {
      throw refuse(AUTH_FAILURES.unsigned, 'a signing header is malformed (device id, nonce or signature)');
    }

    const device = await store.device(deviceId);
    if (device === undefined) throw refuse(AUTH_FAILURES.unknownDevice, `no device ${deviceId} is enrolled here`);
    if (device.revokedAt !== null) return refuseRevoked(device.id, nonce, device.revokedAt);

    const state = await store.nonceState(nonce, now());
    if (state === 'stale') throw refuse(AUTH_FAILURES.stale, 'the nonce is unknown or expired: get a new one');
    if (state === 'used') throw refuse(AUTH_FAILURES.replayed, 'the nonce was already used');

    // Defence in depth beside keepRawBody: a body whose bytes were not kept cannot have been checked.
    if (request.body !== undefined && request.body !== null && request.rawBody === null) {
      throw refuse(AUTH_FAILURES.unsigned, 'the body is of a kind the signature cannot cover');
    }
    const text = signedCallText({
      method: request.method,
      path: request.url,
      nonce,
      deviceId,
      bodyDigest: await bodyDigest(request.rawBody === null ? null : new Uint8Array(request.rawBody)),
    });
    if (!(await verifyDeviceSignature(await keyOf(device.id, device.publicJwk), signature, text))) {
      throw refuse(AUTH_FAILURES.badSignature, "the signature does not verify with the device's key");
    }

    const used = await store.useNonce(nonce, deviceId, now());
    if (used === 'revoked') {
      // Revoked since it was read above: its revocation time is read again for the proof.
      const revokedAt = (await store.device(deviceId))?.revokedAt ?? now().toISOString();
      return refuseRevoked(device.id, nonce, revokedAt);
    }
    if (used === 'stale') throw refuse(AUTH_FAILURES.stale, 'the nonce is unknown or expired: get a new one');
    if (used === 'replayed') throw refuse(AUTH_FAILURES.replayed, 'the nonce was already used');
    request.device = device;
    return undefined;
  };
}

/** A header's single value; a header sent twice counts as malformed, not as either of its values. */
function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
