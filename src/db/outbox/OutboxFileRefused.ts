/**
 * Why an outbox file was not made or not taken, one code per thing the mediator can do about it:
 * `passphrase-too-short` (export: choose a longer one), `nothing-to-export` (every request is delivered),
 * `not-enrolled` (no device identity), `not-an-export` (another file was chosen), `damaged` (changed or cut
 * short on the way: copy it again), `wrong-passphrase`, `unsupported-version` (made by a newer Balcão),
 * `other-spot` (exported on a device of another spot, named in `spot`).
 */
export type OutboxFileProblem =
  | 'passphrase-too-short'
  | 'nothing-to-export'
  | 'not-enrolled'
  | 'not-an-export'
  | 'damaged'
  | 'wrong-passphrase'
  | 'unsupported-version'
  | 'other-spot';

export class OutboxFileRefused extends Error {
  override name = 'OutboxFileRefused';
  constructor(
    readonly code: OutboxFileProblem,
    /** For `other-spot`: the spot the file is from. */
    readonly spot?: { id: string; name: string },
  ) {
    super(`the outbox file was refused: ${code}${spot ? ` (spot ${spot.id})` : ''}`);
  }
}
