// Numbers of the Portuguese plan (ANACOM): 9 digits; 2x are fixed lines, 91/92/93/96 are mobiles.
// Service numbers (707, 808 …) and nomadic VoIP (30x) are left out: a citizen's contact is one of these.
const NATIONAL = /^(?:2\d|9[1236])\d{7}$/;

/** A Portuguese fixed or mobile number, optionally after +351 or 00351, spaces anywhere. */
export function isValidPtPhone(value: string): boolean {
  const compact = value.replaceAll(' ', '');
  const national = compact.replace(/^(?:\+351|00351)/, '');
  return NATIONAL.test(national);
}
