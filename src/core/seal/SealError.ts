/**
 * Why a sealed payload could not be opened. `unknown-key`: it was sealed to a hub key this hub does not
 * hold (never had it, or it was removed too early). `tampered`: it is shaped like a sealed payload but
 * does not authenticate, so a byte changed somewhere on its way. `malformed`: it is not a sealed payload
 * of ours at all.
 */
export class SealError extends Error {
  override name = 'SealError';
  constructor(
    readonly code: 'unknown-key' | 'tampered' | 'malformed',
    message: string,
  ) {
    super(message);
  }
}
