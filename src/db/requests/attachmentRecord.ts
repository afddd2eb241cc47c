/**
 * A scan or photo as stored: encrypted (AES-GCM) with the content key of the attendance that took it, bound
 * to `attachment:${id}:${attendanceId}`. `requestId` is set when the request that names it is completed; until
 * then it belongs to the attendance alone and is dropped with it.
 */
export interface AttachmentRecord {
  id: string;
  attendanceId: string;
  requestId: string | null;
  /** The form field it answers. */
  fieldId: string;
  /** image/jpeg or image/webp. */
  type: string;
  /** Size of the plaintext image. */
  bytes: number;
  /** SHA-256 of `ciphertext`, base64url: what the request names and the upload is checked against. */
  digest: string;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
  createdAt: number;
  /** Where the hub keeps its resumable upload, once created: a sender started afresh resumes there. */
  uploadUrl?: string;
  /** When the hub confirmed it holds every byte, digest checked (epoch ms): it is never sent again. */
  uploadedAt?: number;
}
