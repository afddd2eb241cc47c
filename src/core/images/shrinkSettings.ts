/**
 * How attachments are shrunk before they are encrypted and stored. 2000 px on the long side keeps a
 * scanned A4 page legible (about 240 dpi) at a few hundred kilobytes, so a van's day of attendances
 * fits the laptop and uploads over a weak mobile link; 40 MB is more than any phone or scanner gives
 * for one page, and refusing it before decoding keeps a stray video or archive from exhausting memory.
 */
export const SHRINK_SETTINGS = {
  maxInputBytes: 40 * 1024 * 1024,
  maxSide: 2000,
  /** WebP (or JPEG) quality: text on a document stays sharp, paper texture goes. */
  quality: 0.82,
} as const;
