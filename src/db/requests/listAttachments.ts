import type { AttachmentRef } from '../../core/attendance/RequestPayload.ts';
import type { BalcaoDb } from '../balcaoDb.ts';

/** An attendance's stored attachments, oldest first, as its request would name them (no bytes). */
export async function listAttachments(db: BalcaoDb, attendanceId: string): Promise<AttachmentRef[]> {
  const rows = await db.attachments.where('attendanceId').equals(attendanceId).toArray();
  rows.sort((a, b) => a.createdAt - b.createdAt);
  return rows.map(({ id, fieldId, type, bytes, digest }) => ({ id, fieldId, type, bytes, digest }));
}
