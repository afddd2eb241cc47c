const COMBINING_MARKS = /\p{M}/gu;

/**
 * Lower case without diacritics ("Condução" → "conducao"), so a mediator typing on a keyboard without
 * Portuguese accents, or in capitals, finds the same services. NFD splits "ç" into "c" and a combining
 * cedilla that is then removed. The ordinal indicators "ª" and "º" have no canonical decomposition (only
 * a compatibility one), so they are mapped by hand: "2ª" → "2a".
 */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replaceAll('ª', 'a').replaceAll('º', 'o');
}
