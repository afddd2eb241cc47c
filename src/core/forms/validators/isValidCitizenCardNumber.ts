// The Cartão de Cidadão document number, as printed: `00000000 0 ZZ0` — the 8-digit civil identification
// number, its check digit, two characters for the card's version, and a final check digit. The check is
// the one AMA publishes ("Validação de Número de Documento do Cartão de Cidadão", 2009): the 12
// characters as values (0–9, A = 10 … Z = 35), every second one from the right doubled (less 9 past 9),
// and the sum a multiple of 10.
// https://www.autenticacao.gov.pt/documents/20126/115760/Valida%C3%A7%C3%A3o+de+N%C3%BAmero+de+Documento+do+Cart%C3%A3o+de+Cidad%C3%A3o.pdf

export type CitizenCardNumberProblem = 'format' | 'check-digit';

const charValue = (char: string) => (char <= '9' ? Number(char) : char.charCodeAt(0) - 55);

/** What is wrong with a Citizen Card document number, or null when it is valid; spaces and case are ignored. */
export function citizenCardNumberProblem(value: string): CitizenCardNumberProblem | null {
  const compact = value.replaceAll(' ', '').toUpperCase();
  if (!/^\d{9}[A-Z0-9]{2}\d$/.test(compact)) return 'format';
  let sum = 0;
  for (let i = 0; i < compact.length; i++) {
    const char = compact[compact.length - 1 - i] ?? '0';
    // As AMA's reference code does: only a doubled value loses 9, and only once (a doubled Z counts 61).
    const value = i % 2 === 1 ? charValue(char) * 2 : charValue(char);
    sum += i % 2 === 1 && value > 9 ? value - 9 : value;
  }
  return sum % 10 === 0 ? null : 'check-digit';
}

export function isValidCitizenCardNumber(value: string): boolean {
  return citizenCardNumberProblem(value) === null;
}
