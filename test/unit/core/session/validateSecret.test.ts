import { describe, expect, it } from 'vitest';
import { validateMediatorName } from '../../../../src/core/session/validateMediatorName.ts';
import { validateSecret } from '../../../../src/core/session/validateSecret.ts';

describe('validateSecret', () => {
  it('takes a passphrase of at least 8 characters, counted as the mediator sees them', () => {
    expect(validateSecret('abcdefgh', 'passphrase', { allowPin: false })).toBeNull();
    expect(validateSecret('abcdefg', 'passphrase', { allowPin: false })).toBe('passphrase-too-short');
    // 7 letters, one an "ã" typed as a + combining tilde: still 7.
    expect(validateSecret('limão12'.normalize('NFD'), 'passphrase', { allowPin: false })).toBe('passphrase-too-short');
    // Emoji are one character each, not two UTF-16 units.
    expect(validateSecret('🔒🔒🔒🔒', 'passphrase', { allowPin: false })).toBe('passphrase-too-short');
  });

  it('takes a PIN of exactly six digits, only where the spot allows PINs', () => {
    expect(validateSecret('048213', 'pin', { allowPin: true })).toBeNull();
    for (const pin of ['04821', '0482134', '04821a', ' 48213', '４８２１３４']) {
      expect(validateSecret(pin, 'pin', { allowPin: true }), pin).toBe('pin-not-six-digits');
    }
    expect(validateSecret('048213', 'pin', { allowPin: false })).toBe('pin-not-allowed');
  });
});

describe('validateMediatorName', () => {
  it('needs a name, not too long, that no other mediator of the device has', () => {
    expect(validateMediatorName('Ana Sousa', [])).toBeNull();
    expect(validateMediatorName('   ', [])).toBe('name-missing');
    expect(validateMediatorName('A'.repeat(61), [])).toBe('name-too-long');
    expect(validateMediatorName(' joão  silva ', ['João Silva'])).toBe('name-taken');
    expect(validateMediatorName('João Silva', ['João Sousa'])).toBeNull();
  });
});
