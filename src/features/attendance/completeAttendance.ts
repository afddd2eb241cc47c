// Completion (issue 4, item 4), as the review step runs it: build the request, judge it with the same
// rules the hub will, seal it and write the outbox row in one step. What stops it comes back in words,
// each with the step where it is fixed; the draft stays until the outbox row is written.
import type { AttendanceState, AttendanceStep } from '../../core/attendance/AttendanceState.ts';
import { buildRequestPayload, type NotReady } from '../../core/attendance/buildRequestPayload.ts';
import { checkRequest, type RequestProblem } from '../../core/attendance/checkRequest.ts';
import { spotDay } from '../../core/attendance/spotDay.ts';
import type { BalcaoDb } from '../../db/balcaoDb.ts';
import { deviceIdentity } from '../../db/device/deviceIdentity.ts';
import { AlreadyCompleted } from '../../db/requests/alreadyCompleted.ts';
import { completeRequest } from '../../db/requests/completeRequest.ts';
import { listAttachments } from '../../db/requests/listAttachments.ts';
import { StorageFull } from '../../db/requests/storageFull.ts';
import { pickText } from '../../i18n/pickText.ts';
import { t } from '../../i18n/t.ts';
import { drainAfterCompletion } from '../../sw-bridge/requestDrain.ts';
import type { UnlockedSession } from '../session/SessionProvider.tsx';

export interface CompletionProblem {
  message: string;
  /** Where it is fixed; null when no step can fix it (storage, the device's keys). */
  step: AttendanceStep | null;
}

interface CompletionInput {
  db: BalcaoDb;
  state: AttendanceState;
  unlocked: UnlockedSession;
  mediatorName: string;
  now: number;
}

export async function completeAttendance({
  db,
  state,
  unlocked,
  mediatorName,
  now,
}: CompletionInput): Promise<CompletionProblem[] | { requestId: string }> {
  const device = await deviceIdentity(db);
  const hubKey = device?.hubKeys.find((key) => key.kid === device.currentKid);
  if (!device || !hubKey) return [{ message: t('attendance.review.noHubKey'), step: null }];
  const attachments = new Map((await listAttachments(db, state.id)).map((ref) => [ref.id, ref]));
  const requestId = crypto.randomUUID();
  const built = buildRequestPayload(state, {
    requestId,
    deviceId: device.deviceId,
    spotId: device.spot.id,
    mediatorId: unlocked.mediatorId,
    attachments,
    now,
    day: spotDay(now),
  });
  if (!built.ok) return [notReady(built.reason)];
  const { service, form } = state;
  if (!service || !form) return [notReady('no-service')];
  const problems = checkRequest(built.payload, service, form);
  if (problems.length > 0) return problems.flatMap((problem) => inWords(problem, state));
  try {
    await completeRequest(db, {
      payload: built.payload,
      hubKey,
      mediatorName,
      spotName: device.spot.name,
      attendanceId: state.id,
    });
  } catch (error) {
    if (error instanceof StorageFull) return [{ message: t('attendance.review.storageFull'), step: null }];
    if (error instanceof AlreadyCompleted) return [{ message: t('attendance.review.alreadyCompleted'), step: null }];
    console.error('could not complete the request', error);
    return [{ message: t('attendance.review.failed'), step: null }];
  }
  // Saved on the device is the promise kept; sending is the sender's, whenever the network lets it.
  void drainAfterCompletion(db);
  return { requestId };
}

function notReady(reason: NotReady): CompletionProblem {
  const step: Record<NotReady, AttendanceStep> = {
    'no-service': { id: 'service' },
    'no-identity': { id: 'identity' },
    'fee-unknown': { id: 'fee' },
    'no-consent': { id: 'review' },
  };
  return { message: t(`attendance.review.${reason}`), step: step[reason] };
}

function inWords(problem: RequestProblem, state: AttendanceState): CompletionProblem[] {
  switch (problem.code) {
    case 'answers':
      return problem.errors.map((error) => {
        const index = state.form?.definition.steps.findIndex((step) => step.id === error.stepId) ?? -1;
        return { message: pickText(error.message), step: index >= 0 ? { id: 'form', index } : null };
      });
    case 'identity-missing':
    case 'identity-document':
    case 'identity-last4':
      return [{ message: t(`attendance.problem.${problem.code}`), step: { id: 'identity' } }];
    case 'payment-missing':
    case 'payment-not-due':
    case 'payment-method':
    case 'multibanco-reference':
      return [{ message: t(`attendance.problem.${problem.code}`), step: { id: 'fee' } }];
    case 'fee-unknown':
      return [{ message: t('attendance.review.fee-unknown'), step: { id: 'fee' } }];
    case 'consent-missing':
      return [{ message: t('attendance.review.no-consent'), step: { id: 'review' } }];
    case 'fee-mismatch':
      return [{ message: t('attendance.review.feeMismatch'), step: { id: 'fee' } }];
    case 'attachment-unlisted':
      return [{ message: t('attendance.review.attachmentMissing'), step: null }];
    case 'form-mismatch':
      return [{ message: t('attendance.review.no-service'), step: { id: 'service' } }];
  }
}
