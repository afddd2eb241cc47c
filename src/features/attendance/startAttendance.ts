import { newAttendance } from '../../core/attendance/AttendanceState.ts';
import type { Form, Service } from '../../core/catalog/catalogSchema.ts';
import type { BalcaoDb } from '../../db/balcaoDb.ts';
import { latestForm } from '../../db/latestForm.ts';
import { newContentKey } from '../../db/requests/contentKey.ts';
import { saveDraft } from '../../db/secure/drafts.ts';
import type { UnlockedSession } from '../session/SessionProvider.tsx';
import { ATTENDANCE_DRAFT } from './useAttendanceDraft.ts';

/** The service's form is not on this device (a catalog from before forms, or a half refresh). */
export class FormNotOnDevice extends Error {
  override name = 'FormNotOnDevice';
}

/** The form an attendance for `service` uses: the newest version the device holds. */
export async function formOfService(db: BalcaoDb, service: Service): Promise<Form> {
  const form = service.formId ? await latestForm(db, service.formId) : undefined;
  if (!form) throw new FormNotOnDevice(`service ${service.id} has no form on this device`);
  return form;
}

export interface AttendanceStart {
  /** The service chosen before the attendance opens (from its page, or a correction). */
  service?: Service;
  /** The request a correction replaces. */
  replaces?: string;
}

/**
 * A new attendance, saved at once as an encrypted draft, so that it is listed and resumable from its
 * first moment. Answers its id.
 */
export async function startAttendance(
  db: BalcaoDb,
  session: UnlockedSession,
  start: AttendanceStart,
  now: number,
): Promise<string> {
  const form = start.service ? await formOfService(db, start.service) : null;
  const state = newAttendance(crypto.randomUUID(), now, newContentKey());
  if (start.service && form) {
    state.service = start.service;
    state.form = form;
  }
  state.replaces = start.replaces ?? null;
  await saveDraft(
    db,
    session.dataKey,
    {
      id: state.id,
      mediatorId: session.mediatorId,
      kind: ATTENDANCE_DRAFT,
      serviceId: state.service?.id ?? null,
      payload: state,
    },
    now,
  );
  return state.id;
}
