/** Where the hub keeps the attachments devices upload (the sealed bytes), as the intake asks about them. */
export interface AttachmentHolder {
  /**
   * Whether the hub holds attachment `id` whole (every byte uploaded), uploaded by device `deviceId`,
   * and, when the request gives it, with `digest` (SHA-256, base64url, of the bytes as uploaded).
   */
  holds(id: string, deviceId: string, digest?: string): Promise<boolean>;
}

/**
 * The holder of a hub built without an uploads folder (tests of the API alone): it holds nothing, so a
 * request naming any attachment is answered `retry` with `attachments-missing` and waits, never refused.
 */
export const NO_UPLOADS_YET: AttachmentHolder = { holds: async () => false };
