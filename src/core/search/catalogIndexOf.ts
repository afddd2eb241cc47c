import type MiniSearch from 'minisearch';
import type { Query } from 'minisearch';
import type { CatalogIndex } from './CatalogIndex.ts';
import { queryTerms } from './queryTerms.ts';
import type { SearchHit } from './SearchHit.ts';

// A word in the name says what the service is; a keyword what it is for; the description only
// mentions it. The entity is lowest, yet enough for "IMT" or "Segurança Social" to find its services.
const BOOST = { name: 8, keywords: 3, description: 1, entity: 0.5 };

// The name and keywords are where a mediator's half-typed or misspelt word is meant; the description
// and entity match whole words only. Expanding a word across descriptions too would double the cost on
// a big catalog (bench/search.ts: p95 8 ms → 4 ms at 10,000 services) for hits that rank low anyway.
const LOOSE_FIELDS = ['name', 'keywords'];
const EXACT_FIELDS = ['description', 'entity'];

// A prefix of one or two letters matches much of the vocabulary: little help to the mediator, and the
// costliest search there is (a 10,000-service catalog: "c" 40 ms, "ca" 13 ms, "car" 4 ms).
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
  return {
    size: mini.documentCount,
    search(query: string, limit = 20): SearchHit[] {
      const terms = queryTerms(query);
      if (terms.length > 1 && STARTED_WORD.test(terms.at(-1) ?? '')) terms.pop();
      if (terms.length === 0) return [];
      // Every word must match, so each word typed narrows the list; only when that finds nothing does any
      // word do, so a stray word ("carta condução porto") still leaves the services the rest describes.
      let results = mini.search(combine(terms, 'AND'), { boost: BOOST });
      if (results.length === 0) results = mini.search(combine(terms, 'OR'), { boost: BOOST });
      return results.slice(0, limit).map((result) => ({ id: String(result.id), score: result.score }));
    },
    snapshot: () => ({ format: 1, index: mini.toJSON() }),
  };
}

function combine(terms: string[], combineWith: 'AND' | 'OR'): Query {
  return {
    combineWith,
    queries: terms.map((term) => ({
      combineWith: 'OR',
      queries: [
        {
          queries: [term],
          fields: LOOSE_FIELDS,
          prefix: term.length >= MIN_PREFIX,
          fuzzy: fuzziness(term),
        },
        { queries: [term], fields: EXACT_FIELDS, prefix: false, fuzzy: false },
      ],
    })),
  };
}
