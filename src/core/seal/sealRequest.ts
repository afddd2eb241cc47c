import type { RequestPayload } from '../attendance/RequestPayload.ts';
import type { HubPublicKey } from './HubPublicKey.ts';
import { sealPayload } from './sealPayload.ts';

/** The protected-header members that bind a sealed request to its id and device. */
export const REQUEST_BINDING = { requestId: 'balcao-request', deviceId: 'balcao-device' } as const;

/**
 * Seals a completed request for the hub. Its id and device go in the protected header, which the
 * AES-GCM tag covers: a sealed request moved under another id or device no longer matches what it
 * says, and the hub refuses it (issue 4; session 1's note, item 10).
 */
export function sealRequest(payload: RequestPayload, hubKey: HubPublicKey): Promise<string> {
  return sealPayload(payload, hubKey, {
    [REQUEST_BINDING.requestId]: payload.requestId,
    [REQUEST_BINDING.deviceId]: payload.deviceId,
  });
}
