import type MiniSearch from 'minisearch';
import type { Query, SearchResult } from 'minisearch';
import type { CatalogIndex } from './CatalogIndex.ts';
import { queryTerms } from './queryTerms.ts';
import type { SearchHit } from './SearchHit.ts';

// A word in the name says what the service is; a keyword what it is for; the description only
// mentions it. The entity is lowest, yet enough for "IMT" or "Segurança Social" to find its services.
const BOOST = { name: 8, keywords: 3, description: 1, entity: 0.5 };

/** Which fields one pass reads, and how loosely: `loose` fields take prefixes and, if `fuzzy`, a slip. */
interface Pass {
  loose: string[];
  exact: string[];
  fuzzy: boolean;
}

// Every field: name and keywords are where a half-typed or misspelt word is meant; the description and
// entity match whole words only, as expanding words across descriptions too doubles the cost on a big
// catalog for hits that rank low anyway.
const EVERY_FIELD: Pass = { loose: ['name', 'keywords'], exact: ['description', 'entity'], fuzzy: true };

// On a big catalog a common word ("carta", "social") is in the names of more services than a page
// holds. The page is then those services, the ones that name what was typed, found with the words as
// typed; reading every keyword and description and trying slips besides costs 3 to 5 times as much
// (bench/search.ts, 10,000 services: p95 12 ms → 2.7 ms) and would only let a rare keyword outrank a
// common name word. The other fields and the slips are read when names do not fill the page, which at
// the real catalog's size is nearly always.
const NAMES_AS_TYPED: Pass = { loose: ['name'], exact: [], fuzzy: false };

// A prefix of one or two letters matches much of the vocabulary: little help to the mediator, and the
// costliest search there is (10,000 services: "c" 40 ms, "ca" 13 ms).
const MIN_PREFIX = 3;

/**
 * One slip for words of four letters or more. MiniSearch reads a number ≥ 1 as an edit distance and one
 * below 1 as a fraction of the length, so the rule is spelt out per term. Three letters ("IMT", "via")
 * with one edit would match half the vocabulary.
 */
const fuzziness = (term: string) => (term.length >= 4 ? 1 : 0);

// A lone letter after other words is the next word's first keystroke; it cannot narrow anything yet.
const STARTED_WORD = /^\p{L}$/u;

/** The search behaviour of a built index, whether just built or revived from a snapshot. */
export function catalogIndexOf(mini: MiniSearch): CatalogIndex {
  const run = (terms: string[], combineWith: 'AND' | 'OR', limit: number): SearchResult[] => {
    const names = mini.search(query(terms, combineWith, NAMES_AS_TYPED), { boost: BOOST });
    return names.length >= limit ? names : mini.search(query(terms, combineWith, EVERY_FIELD), { boost: BOOST });
  };
  return {
    size: mini.documentCount,
    search(text: string, limit = 20): SearchHit[] {
      const terms = queryTerms(text);
      if (terms.length > 1 && STARTED_WORD.test(terms.at(-1) ?? '')) terms.pop();
      if (terms.length === 0 || limit <= 0) return [];
      // Every word must match, so each word typed narrows the list; only when that finds nothing does any
      // word do, so a stray word ("carta condução porto") still leaves the services the rest describes.
      let results = run(terms, 'AND', limit);
      if (results.length === 0) results = run(terms, 'OR', limit);
      return results.slice(0, limit).map((result) => ({ id: String(result.id), score: result.score }));
    },
    snapshot: () => ({ format: 1, index: mini.toJSON() }),
  };
}

function query(terms: string[], combineWith: 'AND' | 'OR', pass: Pass): Query {
  return {
    combineWith,
    queries: terms.map((term) => ({
      combineWith: 'OR',
      queries: [
        {
          queries: [term],
          fields: pass.loose,
          prefix: term.length >= MIN_PREFIX,
          fuzzy: pass.fuzzy ? fuzziness(term) : 0,
        },
        ...(pass.exact.length > 0 ? [{ queries: [term], fields: pass.exact, prefix: false, fuzzy: 0 }] : []),
      ],
    })),
  };
}
