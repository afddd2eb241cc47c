import { describe, expect, it } from 'vitest';
import { isValidEmail } from '../../../../../src/core/forms/validators/isValidEmail.ts';

describe('isValidEmail', () => {
  it('accepts everyday addresses', () => {
    for (const good of ['maria@exemplo.pt', 'joao.silva+junta@mail.gov.pt', 'a_b-c@sub.domain.com', 'x@xn--ls8h.pt']) {
      expect(isValidEmail(good)).toBe(true);
    }
  });

  it('refuses what cannot be written to', () => {
    for (const bad of ['maria', 'maria@', '@exemplo.pt', 'maria@exemplo', 'maria @exemplo.pt', 'maria@exemplo.p']) {
      expect(isValidEmail(bad)).toBe(false);
    }
    for (const bad of ['.maria@exemplo.pt', 'ma..ria@exemplo.pt', 'maria@-exemplo.pt', 'maria@exemplo..pt', '']) {
      expect(isValidEmail(bad)).toBe(false);
    }
    expect(isValidEmail(`${'a'.repeat(65)}@exemplo.pt`)).toBe(false);
  });
});
