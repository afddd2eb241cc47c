/**
 * Words too common in catalog text to tell services apart, in their folded form (see `foldText`). They
 * are dropped from the index and from the query alike, so "carta de condução" and "carta condução"
 * are the same search, and a query of only such words finds nothing rather than everything.
 */
export const stopWords: ReadonlySet<string> = new Set([
  // pt
  'de',
  'da',
  'do',
  'das',
  'dos',
  'a',
  'o',
  'as',
  'os',
  'e',
  'em',
  'no',
  'na',
  'para',
  'por',
  'com',
  // en
  'the',
  'of',
  'an',
  'and',
  'for',
  'to',
  'on',
]);
