import { normaliseTerm } from './normaliseTerm.ts';
import { tokenize } from './tokenize.ts';

/** The words of a query as the index compares them: folded, stop words gone. */
export function queryTerms(query: string): string[] {
  return tokenize(query).flatMap((token) => normaliseTerm(token) ?? []);
}
