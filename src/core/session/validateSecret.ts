// What a mediator's secret must be before it guards their drafts (issue 3, item 4). Pure: the device
// checks it when the mediator is created, and the hub could check the same policy if it ever needs to.

export const SECRET_KINDS = ['passphrase', 'pin'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export const MIN_PASSPHRASE_CHARACTERS = 8;
export const PIN_DIGITS = 6;

/** Why a secret was refused; each code has its own message in the mediator's language. */
export type SecretProblem = 'passphrase-too-short' | 'pin-not-six-digits' | 'pin-not-allowed';

/**
 * The problem with a new secret, or null when it may be used. Characters are counted as the mediator
 * sees them (code points after NFC), so "ação" is four characters however the keyboard composed it.
 */
export function validateSecret(secret: string, kind: SecretKind, policy: { allowPin: boolean }): SecretProblem | null {
  if (kind === 'pin') {
    if (!policy.allowPin) return 'pin-not-allowed';
    return new RegExp(`^[0-9]{${PIN_DIGITS}}$`).test(secret) ? null : 'pin-not-six-digits';
  }
  return [...normaliseSecret(secret)].length >= MIN_PASSPHRASE_CHARACTERS ? null : 'passphrase-too-short';
}

/**
 * The form a secret is derived from: NFC, so a passphrase typed with a composed "ç" on one keyboard and
 * a decomposed one on another still unlocks.
 */
export function normaliseSecret(secret: string): string {
  return secret.normalize('NFC');
}
