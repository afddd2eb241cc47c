// Combining marks belong to the word: text that arrives already decomposed (NFD) must not split at an accent.
const BOUNDARY = /[^\p{L}\p{N}\p{M}]+/u;
// "2.ª via", "2.a via": the dot of a Portuguese ordinal would split "2" from its "ª" and leave an "a"
// that is a stop word; dropping the dot keeps the ordinal one token ("2ª", folded to "2a").
const ORDINAL_DOT = /(\p{N})\.(?=[ªºao](?![\p{L}\p{N}]))/gu;

/** Splits text into words on every character that is neither a letter nor a digit. */
export function tokenize(text: string): string[] {
  return text
    .replace(ORDINAL_DOT, '$1')
    .split(BOUNDARY)
    .filter((token) => token !== '');
}
