// First start (issue 3, item 1): the device makes its own signing key, proves it holds it with the
// enrollment code a coordinator gave, and keeps what the hub answers: its id, its spot, the hub's sealing
// and receipt keys.
import * as v from 'valibot';
import { enrollProofText, normaliseEnrollCode } from '../../core/deviceAuth/enrollProof.ts';
import { base64url } from '../../core/deviceAuth/signedCall.ts';
import type { BalcaoDb } from '../balcaoDb.ts';
import { type DeviceProfile, DeviceProfileSchema } from './deviceProfile.ts';
import { DEVICE_ROW_ID, type KnownDevice } from './deviceRecord.ts';
import { readJsonAnswer } from './readJsonAnswer.ts';

/** The hub's refusals, each with its own message for the mediator. */
export const HUB_ENROLL_REFUSALS = [
  'enroll-code-unknown',
  'enroll-code-expired',
  'enroll-code-used',
  'enroll-bad-key',
  'enroll-bad-proof',
  'enroll-bad-request',
] as const;

/**
 * Why enrollment failed: one of the hub's refusals, or what went wrong on the device's side: no code
 * typed, already enrolled, no network (or a timeout), a hub error or an answer that is not the hub's
 * (a captive portal's page), or the answer could not be kept on the device.
 */
export type EnrollFailure =
  | (typeof HUB_ENROLL_REFUSALS)[number]
  | 'enroll-code-missing'
  | 'already-enrolled'
  | 'offline'
  | 'hub-error'
  | 'storage';

export const ENROLL_FAILURES: readonly EnrollFailure[] = [
  ...HUB_ENROLL_REFUSALS,
  'enroll-code-missing',
  'already-enrolled',
  'offline',
  'hub-error',
  'storage',
];

export class EnrollError extends Error {
  override name = 'EnrollError';
  constructor(
    readonly code: EnrollFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface EnrollInput {
  /** The one-time code as the mediator typed it; dashes, spaces and case do not matter. */
  code: string;
  /** A name for the device in the hub's console ("Carrinha 2"). */
  label?: string;
  db: BalcaoDb;
  fetch: typeof fetch;
  now?: () => number;
  /** The hub's origin; the page's own origin when empty. */
  hubUrl?: string;
  timeoutMs?: number;
}

const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const ErrorAnswer = v.object({ error: v.object({ code: v.string() }) });

/**
 * Enrolls this device with a one-time code. The private key is made non-extractable and never leaves
 * the device: only the public key and a signature over the code are sent. Throws EnrollError.
 */
export async function enrollDevice(input: EnrollInput): Promise<KnownDevice> {
  const code = normaliseEnrollCode(input.code);
  if (code === '') throw new EnrollError('enroll-code-missing', 'no enrollment code was typed');
  if (await input.db.device.get(DEVICE_ROW_ID)) throw new EnrollError('already-enrolled', 'the device is enrolled');

  // extractable=false applies to the private key; the public key of a pair is always exportable.
  const keys = await crypto.subtle.generateKey(ECDSA_P256, false, ['sign', 'verify']);
  const publicJwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
  const proof = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    keys.privateKey,
    new TextEncoder().encode(enrollProofText(code)),
  );
  const body = { code, publicKey: publicJwk, proof: base64url(proof), ...(input.label ? { label: input.label } : {}) };

  const profile = await postEnroll(input, body);
  const now = (input.now ?? Date.now)();
  const record: KnownDevice = {
    id: DEVICE_ROW_ID,
    deviceId: profile.deviceId,
    privateKey: keys.privateKey,
    publicJwk,
    spot: profile.spot,
    hubKeys: profile.hubKeys,
    currentKid: profile.currentKid,
    receiptKeys: profile.receiptKeys,
    enrolledAt: now,
    profileUpdatedAt: now,
  };
  try {
    await input.db.device.put(record);
  } catch (error) {
    // The hub has spent the code by now: the coordinator must issue a new one.
    throw new EnrollError('storage', `could not keep the device's identity: ${String(error)}`);
  }
  return record;
}

async function postEnroll(world: EnrollInput, body: object): Promise<DeviceProfile> {
  let response: Response;
  try {
    response = await world.fetch(`${world.hubUrl ?? ''}/api/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(world.timeoutMs ?? 20_000),
    });
  } catch (error) {
    throw new EnrollError('offline', `hub unreachable: ${String(error)}`);
  }
  const answer = await readJsonAnswer(response);
  if (response.ok) {
    const parsed = v.safeParse(DeviceProfileSchema, answer);
    if (parsed.success) return parsed.output;
    throw new EnrollError('hub-error', `unexpected enrollment answer: ${parsed.issues[0].message}`);
  }
  const refusal = v.safeParse(ErrorAnswer, answer);
  const hubCode = refusal.success ? refusal.output.error.code : undefined;
  if (response.status < 500 && isHubRefusal(hubCode)) {
    throw new EnrollError(hubCode, `the hub refused the enrollment (${response.status} ${hubCode})`);
  }
  throw new EnrollError('hub-error', `the hub answered ${response.status}${hubCode ? ` ${hubCode}` : ''}`);
}

function isHubRefusal(code: string | undefined): code is (typeof HUB_ENROLL_REFUSALS)[number] {
  return (HUB_ENROLL_REFUSALS as readonly (string | undefined)[]).includes(code);
}
