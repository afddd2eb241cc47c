import { describe, expect, it } from 'vitest';
import { isValidPtPhone } from '../../../../../src/core/forms/validators/isValidPtPhone.ts';

describe('isValidPtPhone', () => {
  it('accepts landlines and mobiles, with or without the country code and spaces', () => {
    for (const good of ['212345678', '912345678', '923456789', '934567890', '961234567', '253 123 456']) {
      expect(isValidPtPhone(good)).toBe(true);
    }
    for (const good of ['+351912345678', '+351 912 345 678', '00351 212 345 678', '00351912345678']) {
      expect(isValidPtPhone(good)).toBe(true);
    }
  });

  it('refuses the wrong length, prefixes that are not a citizen line, and other separators', () => {
    for (const bad of ['91234567', '9123456789', '941234567', '971234567', '808123456', '707123456', '123456789']) {
      expect(isValidPtPhone(bad)).toBe(false);
    }
    for (const bad of ['912-345-678', '+34912345678', '351912345678', '+351', '']) {
      expect(isValidPtPhone(bad)).toBe(false);
    }
  });
});
