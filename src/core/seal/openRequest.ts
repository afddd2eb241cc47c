import * as v from 'valibot';
import type { RequestPayload } from '../attendance/RequestPayload.ts';
import { RequestPayloadSchema } from '../attendance/requestPayloadSchema.ts';
import { openSealed, type SealKeyResolver } from './openSealed.ts';
import { readSealHeaderFields } from './readSealHeader.ts';
import { SealError } from './SealError.ts';
import { REQUEST_BINDING } from './sealRequest.ts';

/**
 * Why a sealed request was refused before any rule of the request was judged, one code per thing the
 * device (or its mediator) can do about it: `seal-malformed` is not a sealed request of ours at all,
 * `seal-unknown-key` was sealed to a hub key this hub does not hold, `seal-tampered` was changed on its
 * way, `payload-shape` opened but is not a request of shape v1, `binding-mismatch` is a request moved
 * under another id or device than the one it was sealed for, or posted by a device that may not
 * deliver for the one that sealed it.
 */
export const OPEN_REQUEST_REFUSALS = [
  'seal-malformed',
  'seal-unknown-key',
  'seal-tampered',
  'payload-shape',
  'binding-mismatch',
] as const;
export type OpenRequestRefusal = (typeof OPEN_REQUEST_REFUSALS)[number];

export type OpenedRequest =
  | { ok: true; payload: RequestPayload; kid: string }
  /**
   * `message` is for the hub's log, in English; a device shows its own words for `code`. `paths` (for
   * `payload-shape`) names the members at fault, never their values, which may be about the citizen.
   */
  | { ok: false; code: OpenRequestRefusal; message: string; paths?: string[] };

const SEAL_CODES = {
  malformed: 'seal-malformed',
  'unknown-key': 'seal-unknown-key',
  tampered: 'seal-tampered',
} as const satisfies Record<SealError['code'], OpenRequestRefusal>;

export interface OpenRequestOptions {
  /** The device whose signed call brought it: a request sealed by another device is then refused… */
  postedBy?: string;
  /**
   * …unless this says `postedBy` may deliver for the device that sealed it (the hub's rule: both of one
   * spot, for an outbox exported from one laptop and imported on another, issue 5, item 7).
   */
  mayPostFor?: (sealedBy: string) => Promise<boolean>;
}

/**
 * Opens a sealed request (what `sealRequest` made) and checks what holds it together: the payload is a
 * `RequestPayload` of shape v1, and the protected header names the request id and device the payload
 * says, so a request sealed for one id or device cannot be replayed under another. With `postedBy`
 * (the device whose signed call brought it), a request sealed by any other device is refused too,
 * unless `mayPostFor` allows it. The header is compared only after the decryption has authenticated it.
 */
export async function openRequest(
  jwe: string,
  keys: SealKeyResolver,
  { postedBy, mayPostFor }: OpenRequestOptions = {},
): Promise<OpenedRequest> {
  let opened: unknown;
  let kid: string;
  let header: Readonly<Record<string, unknown>>;
  try {
    ({ kid, fields: header } = readSealHeaderFields(jwe));
    opened = await openSealed(jwe, keys);
  } catch (error) {
    if (error instanceof SealError) return { ok: false, code: SEAL_CODES[error.code], message: error.message };
    throw error;
  }

  const parsed = v.safeParse(RequestPayloadSchema, opened, { abortEarly: false });
  if (!parsed.success) {
    const paths = [...new Set(parsed.issues.map((issue) => v.getDotPath(issue) ?? '(payload)'))].slice(0, 20);
    return {
      ok: false,
      code: 'payload-shape',
      message: `the sealed request opened, but is not a request of shape v1 (${paths.join(', ')})`,
      paths,
    };
  }
  // The payload as it was sealed, not the schema's output: valibot rebuilds objects in the schema's key
  // order, and `checkRequest` compares fee splits as JSON, so the hub judges the very object the app did.
  const payload = opened as RequestPayload;

  const sealedFor = { requestId: header[REQUEST_BINDING.requestId], deviceId: header[REQUEST_BINDING.deviceId] };
  if (sealedFor.requestId !== payload.requestId || sealedFor.deviceId !== payload.deviceId) {
    return {
      ok: false,
      code: 'binding-mismatch',
      message:
        `the request says ${payload.requestId} from ${payload.deviceId}, but was sealed for ` +
        `${quoted(sealedFor.requestId)} from ${quoted(sealedFor.deviceId)}`,
    };
  }
  if (postedBy !== undefined && postedBy !== payload.deviceId && !(await mayPostFor?.(payload.deviceId))) {
    return {
      ok: false,
      code: 'binding-mismatch',
      message: `the request was sealed by device ${payload.deviceId}, but posted by device ${postedBy}`,
    };
  }
  return { ok: true, payload, kid };
}

/** A header member for the log: whatever a sealer put there, short and on one line. */
function quoted(value: unknown): string {
  return (JSON.stringify(value) ?? 'nothing').slice(0, 80);
}
