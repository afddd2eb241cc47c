import type { AttachmentRef } from '../../../core/attendance/RequestPayload.ts';

/** How an attachment field reaches the attendance's encrypted store; the attendance flow provides it. */
export interface AttachmentControl {
  /** The attachments stored for this attendance, by id. */
  refs: ReadonlyMap<string, AttachmentRef>;
  /** Shrinks, encrypts and stores one image; resolves to its ref; rejects with an Error whose message is already the user's text. */
  add(fieldId: string, file: File, onProgress?: (phase: 'shrinking' | 'encrypting') => void): Promise<AttachmentRef>;
  remove(id: string): Promise<void>;
}
