import type { DrainLock } from './drainWorld.ts';

/**
 * A lock within one realm, for where Web Locks are missing (an insecure origin, an old browser) and for
 * tests. Across tabs it does not hold; the lease taken in the same transaction that picks a batch still
 * keeps two senders off the same request.
 */
export function memoryLock(): DrainLock {
  const held = new Set<string>();
  return async (name, fn) => {
    if (held.has(name)) return 'busy';
    held.add(name);
    try {
      return await fn();
    } finally {
      held.delete(name);
    }
  };
}
