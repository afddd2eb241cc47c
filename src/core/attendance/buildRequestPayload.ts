import { formKey } from '../catalog/catalogTerms.ts';
import type { AttendanceState } from './AttendanceState.ts';
import { completeIdentity } from './checkIdentity.ts';
import { citizenBirthDate } from './citizenBirthDate.ts';
import { localReference } from './localReference.ts';
import type { AttachmentRef, RequestPayload } from './RequestPayload.ts';
import { ageOnDay, requestFee } from './requestFee.ts';

export interface RequestContext {
  requestId: string;
  deviceId: string;
  spotId: string;
  mediatorId: string;
  /** The attendance's stored attachments, by id: those the visible answers name go with the request. */
  attachments: ReadonlyMap<string, AttachmentRef>;
  now: number;
  day: string;
}

/** Why an attendance cannot become a request yet, before any rule on its content is judged. */
export type NotReady = 'no-service' | 'no-identity' | 'fee-unknown' | 'no-consent';

/**
 * The request an attendance makes, as it will be sealed: only what the hub needs, nothing of the
 * eligibility facts beyond the age the fee used. Run `checkRequest` on the result before sealing.
 */
export function buildRequestPayload(
  state: AttendanceState,
  context: RequestContext,
): { ok: true; payload: RequestPayload } | { ok: false; reason: NotReady } {
  const { service, form } = state;
  const identity = completeIdentity(state.identity);
  if (!service || !form) return { ok: false, reason: 'no-service' };
  if (!identity) return { ok: false, reason: 'no-identity' };
  const age = ageOnDay(citizenBirthDate(state), context.day);
  const { fee } = requestFee(service, { ...state.fee, age });
  if (!fee) return { ok: false, reason: 'fee-unknown' };
  if (!state.consent) return { ok: false, reason: 'no-consent' };
  const named = new Set(
    Object.values(state.answers).flatMap((value) => (Array.isArray(value) ? value.map(String) : [])),
  );
  return {
    ok: true,
    payload: {
      v: 1,
      requestId: context.requestId,
      localRef: localReference(context.requestId),
      deviceId: context.deviceId,
      spotId: context.spotId,
      mediatorId: context.mediatorId,
      serviceId: service.id,
      form: { id: form.id, version: form.version },
      priority: state.priority,
      answers: state.answers,
      identity,
      fee,
      payment: fee.amountCents > 0 ? state.payment : null,
      brought: Object.keys(state.brought).filter((id) => state.brought[id]),
      replaces: state.replaces,
      attachments: [...context.attachments.values()].filter((ref) => named.has(ref.id)),
      contentKey: state.contentKey,
      consentAt: context.now,
      startedAt: state.startedAt,
      completedAt: context.now,
      day: context.day,
    },
  };
}

/** The key of the form version an attendance uses, for the outbox row and the logs. */
export function attendanceFormKey(state: AttendanceState): string | null {
  return state.form ? formKey(state.form) : null;
}
