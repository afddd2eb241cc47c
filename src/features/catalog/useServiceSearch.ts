import { useEffect, useState } from 'preact/hooks';
import type { SearchFeed } from './searchFeed.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; ids: string[] }
  | { status: 'failed'; query: string };

const LIMIT = 50;

/**
 * Searches as the mediator types: every keystroke aborts the query before it, so an answer to "car"
 * can never land after the answer to "carta". `version` searches again when the catalog changes.
 */
export function useServiceSearch(feed: SearchFeed, query: string, version: number): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const words = query.trim();
  useEffect(() => {
    if (words === '') {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState((previous) => (previous.status === 'done' ? previous : { status: 'searching', query: words }));
    feed.search(words, { limit: LIMIT, signal: controller.signal }).then(
      (hits) => setState({ status: 'done', query: words, ids: hits.map((hit) => hit.id) }),
      (error: unknown) => {
        if (controller.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
        console.error('search failed', error);
        setState({ status: 'failed', query: words });
      },
    );
    return () => controller.abort();
  }, [feed, words, version]);
  return state;
}
