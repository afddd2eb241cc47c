import { base64url } from '../../core/deviceAuth/signedCall.ts';

/** SHA-256 of bytes, or of a string's UTF-8, base64url without padding. */
export async function sha256(data: Uint8Array<ArrayBuffer> | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return base64url(await crypto.subtle.digest('SHA-256', bytes));
}
