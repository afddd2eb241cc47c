import type { SpotKind } from '../../src/core/catalog/catalogTerms.ts';

/** How a spot's devices lock: after so long idle, after so long hidden, and whether a PIN may unlock. */
export interface SpotLock {
  idleLockSeconds: number;
  hiddenLockSeconds: number;
  /** A 6-digit PIN instead of a passphrase (for a fixed spot's own counter, say), never by default. */
  allowPin: boolean;
}

/** A Citizen Spot as its devices learn it at enrollment and on every `GET /api/device`. */
export interface Spot {
  /** A slug the coordinator chose (`ecm-castelo-branco`). */
  id: string;
  name: string;
  kind: SpotKind;
  municipality: string;
  /** The catalog services it offers, or null for every service the catalog offers at its kind of spot. */
  serviceIds: string[] | null;
  lock: SpotLock;
}
