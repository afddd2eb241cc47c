// What the hub tells an enrolled device about itself: its id, its spot's profile, the hub's sealing
// keys, and the keys that sign the hub's receipts. The same shape answers `POST /api/enroll` and
// `GET /api/device`; the device checks every field before it keeps any of it (a captive portal or a
// half-read body must not become the spot's profile).
import * as v from 'valibot';
import { SPOT_KINDS } from '../../core/catalog/catalogTerms.ts';

const Id = v.pipe(v.string(), v.nonEmpty());

const JwkSchema = v.custom<JsonWebKey>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { kty?: unknown }).kty === 'string',
  'not a JSON Web Key',
);

const Seconds = v.pipe(v.number(), v.finite(), v.minValue(1));

export const SpotProfileSchema = v.object({
  id: Id,
  name: v.string(),
  kind: v.picklist(SPOT_KINDS),
  municipality: v.string(),
  /** The services this spot offers; null: the whole catalog. */
  serviceIds: v.nullable(v.array(Id)),
  lock: v.object({ idleLockSeconds: Seconds, hiddenLockSeconds: Seconds, allowPin: v.boolean() }),
});
export type SpotProfile = v.InferOutput<typeof SpotProfileSchema>;

export const HubKeySchema = v.object({ kid: Id, jwk: JwkSchema });
export type HubKey = v.InferOutput<typeof HubKeySchema>;

/**
 * A receipt key's public half: EC P-256 and nothing private. A key that is not one could never verify a
 * receipt (nothing would ever be marked delivered), so the profile carrying it is refused whole.
 */
export const ReceiptKeySchema = v.object({
  kid: Id,
  jwk: v.custom<JsonWebKey>((value) => {
    const jwk = value as Record<string, unknown> | null;
    return (
      typeof jwk === 'object' &&
      jwk !== null &&
      jwk.kty === 'EC' &&
      jwk.crv === 'P-256' &&
      typeof jwk.x === 'string' &&
      typeof jwk.y === 'string' &&
      jwk.d === undefined
    );
  }, 'not the public half of an EC P-256 key'),
});

export const DeviceProfileSchema = v.pipe(
  v.object({
    deviceId: Id,
    spot: SpotProfileSchema,
    hubKeys: v.pipe(v.array(HubKeySchema), v.minLength(1)),
    currentKid: Id,
    /** The keys the hub signs receipts with, the current first: a receipt verifies with any of them. */
    receiptKeys: v.pipe(v.array(ReceiptKeySchema), v.minLength(1)),
    /** The keys above signed with each receipt key the hub keeps; none from a hub before the proofs. */
    keysProof: v.optional(v.array(v.string()), []),
  }),
  v.check(
    (profile) => profile.hubKeys.some((key) => key.kid === profile.currentKid),
    'currentKid is not among hubKeys',
  ),
);
export type DeviceProfile = v.InferOutput<typeof DeviceProfileSchema>;

/** `GET /api/device`: the profile, and whether the hub still knows the device as enrolled. */
export const DeviceStatusSchema = v.intersect([DeviceProfileSchema, v.object({ revoked: v.boolean() })]);
