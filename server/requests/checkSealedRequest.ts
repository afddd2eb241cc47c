import { checkRequest, type RequestProblem } from '../../src/core/attendance/checkRequest.ts';
import type { RequestPayload } from '../../src/core/attendance/RequestPayload.ts';
import { type OpenRequestRefusal, openRequest } from '../../src/core/seal/openRequest.ts';
import type { HubKeyring } from '../keys/HubKeyring.ts';
import type { CatalogStore } from '../store/CatalogStore.ts';

/**
 * The hub's verdict on one sealed request, with a code a device can show. Beyond the refusals of
 * opening it (`openRequest`): `unknown-service` or `unknown-form` when the hub never had the service
 * or the form version the request names; `request-invalid` with the very problems `checkRequest` gives
 * the app; `request-unjudgeable` when `checkRequest` itself failed on it.
 */
export type SealedRequestVerdict =
  | { ok: true; payload: RequestPayload }
  /** `message` (English) is for the hub's log; `paths` names the members at fault, never their values. */
  | { ok: false; code: OpenRequestRefusal; message: string; paths?: string[] }
  | { ok: false; code: 'unknown-service' | 'unknown-form' | 'request-unjudgeable' }
  | { ok: false; code: 'request-invalid'; problems: RequestProblem[] };

export type SealedRequestCode = Exclude<SealedRequestVerdict, { ok: true }>['code'];

export interface SealedRequestParts {
  keyring: Pick<HubKeyring, 'privateKey'>;
  catalog: Pick<CatalogStore, 'service' | 'formVersion'>;
  /** The device whose signed call posted it; a request sealed by another device is then refused… */
  deviceId?: string;
  /** …unless this says `deviceId` may deliver for the device that sealed it (see openRequest). */
  mayPostFor?: (sealedBy: string) => Promise<boolean>;
}

/**
 * Opens a sealed request and judges it as the app did before sealing it: `checkRequest`, against the
 * service and the form version it names, as the hub has them (a form version an import removed since
 * is still the one it is judged by). No rule of the hub's own: the hub refuses exactly what the app
 * refuses. `sealed` is taken as it came in a JSON body, so anything but a string is `seal-malformed`.
 */
export async function checkSealedRequest(
  sealed: unknown,
  { keyring, catalog, deviceId, mayPostFor }: SealedRequestParts,
): Promise<SealedRequestVerdict> {
  if (typeof sealed !== 'string') {
    return { ok: false, code: 'seal-malformed', message: 'not a sealed request: it is not a string' };
  }
  const opened = await openRequest(sealed, (kid) => keyring.privateKey(kid), {
    ...(deviceId !== undefined && { postedBy: deviceId }),
    ...(mayPostFor !== undefined && { mayPostFor }),
  });
  if (!opened.ok) return opened;
  const { payload } = opened;

  const [service, form] = await Promise.all([
    catalog.service(payload.serviceId),
    catalog.formVersion(payload.form.id, payload.form.version),
  ]);
  if (!service) return { ok: false, code: 'unknown-service' };
  if (!form) return { ok: false, code: 'unknown-form' };

  let problems: RequestProblem[];
  try {
    problems = checkRequest(payload, service, form);
  } catch {
    // `feeFor` throws for an exemption the service does not list (the app's check throws alike, so it
    // never seals one; the hub meets one when an import removed the exemption since). Refused here rather
    // than answered with a 500 the device would retry for ever.
    return { ok: false, code: 'request-unjudgeable' };
  }
  return problems.length === 0 ? { ok: true, payload } : { ok: false, code: 'request-invalid', problems };
}
