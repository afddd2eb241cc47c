import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * A Dexie query whose answer follows the database: the component re-renders whenever a transaction
 * changes what the query read, in this tab or another (so a catalog refreshed in the background shows
 * without a reload). `deps` restart the query, as in useEffect. `initial`, an answer read before the
 * first render, lets the first frame show data instead of a loading state.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], initial?: T): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>(
    initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial },
  );
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
