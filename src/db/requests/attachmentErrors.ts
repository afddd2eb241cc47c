// Why an attachment was refused or cannot be used, each a type of its own so the screen can say which.

export const MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_ATTENDANCE = 10;
/** What the image worker shrinks scans and photos to. */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/webp'] as const;

/** Larger than `limit` bytes even after shrinking. */
export class AttachmentTooLarge extends Error {
  override name = 'AttachmentTooLarge';
  constructor(
    readonly bytes: number,
    readonly limit: number = MAX_ATTACHMENT_BYTES,
  ) {
    super(`an attachment of ${bytes} bytes is over the limit of ${limit}`);
  }
}

/** Not one of ATTACHMENT_TYPES. */
export class AttachmentTypeRefused extends Error {
  override name = 'AttachmentTypeRefused';
  constructor(readonly type: string) {
    super(`attachments are ${ATTACHMENT_TYPES.join(' or ')}, not ${type || 'untyped'}`);
  }
}

/** The attendance already holds `limit` attachments. */
export class TooManyAttachments extends Error {
  override name = 'TooManyAttachments';
  constructor(readonly limit: number = MAX_ATTACHMENTS_PER_ATTENDANCE) {
    super(`an attendance holds at most ${limit} attachments`);
  }
}

/** Attachments a request names, or a reader asks for, that are not stored (or not as named). */
export class AttachmentMissing extends Error {
  override name = 'AttachmentMissing';
  constructor(readonly ids: string[]) {
    super(`attachment(s) not stored as named: ${ids.join(', ')}`);
  }
}

/** The attachment does not open with this content key, or was changed. */
export class AttachmentUnreadable extends Error {
  override name = 'AttachmentUnreadable';
}

/** The attachment belongs to a completed request, which is read-only. */
export class AttachmentInRequest extends Error {
  override name = 'AttachmentInRequest';
  constructor(
    readonly id: string,
    readonly requestId: string,
  ) {
    super(`attachment ${id} belongs to request ${requestId}, which is read-only`);
  }
}
