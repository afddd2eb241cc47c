import { foldText } from './foldText.ts';
import { stopWords } from './stopWords.ts';

/** One word as the index keeps it: folded ("Cidadão" → "cidadao"), or null for a stop word. */
export function normaliseTerm(term: string): string | null {
  const folded = foldText(term);
  return folded === '' || stopWords.has(folded) ? null : folded;
}
