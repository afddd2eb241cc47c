import { wrap } from 'comlink';
import type { Entity, Service } from '../core/catalog/catalogSchema.ts';
import type { CatalogSearch } from '../core/search/CatalogSearch.ts';
import type { SearchHit } from '../core/search/SearchHit.ts';

// The page's one door to the search worker: the only `wrap()` of it, the worker started on first use.

type Backend = {
  [K in keyof CatalogSearch]: (...args: Parameters<CatalogSearch[K]>) => Promise<ReturnType<CatalogSearch[K]>>;
};

interface Catalog {
  services: Service[];
  entities: Entity[];
}

/** The worker died (failed to load its module, or threw outside a call): its pending answers never come. */
class WorkerFailure extends Error {}

/** `undefined` until first use; `null` once known unavailable, so search runs on the main thread. */
let worker: Backend | null | undefined;
let mainThread: Promise<Backend> | null = null;
/** The last catalog loaded, for the main thread to index should the worker fail after taking it. */
let catalog: Catalog | null = null;

/** Indexes these services for `searchCatalog`, replacing what was indexed before. */
export async function loadSearchIndex(services: Service[], entities: Entity[]): Promise<void> {
  catalog = { services, entities };
  await call((backend) => backend.load(services, entities));
}

/**
 * The services that best match `query`, best first. Each keystroke aborts the previous one's `signal`,
 * and an aborted search rejects with an AbortError so a superseded answer never reaches the list.
 */
export async function searchCatalog(
  query: string,
  options: { limit?: number | undefined; signal?: AbortSignal | undefined } = {},
): Promise<SearchHit[]> {
  const { limit = 20, signal } = options;
  if (signal?.aborted) throw abortError();
  const answer = call((backend) => backend.search(query, limit));
  if (!signal) return answer;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function call<T>(use: (backend: Backend) => Promise<T>): Promise<T> {
  if (worker === undefined) worker = startWorker();
  if (worker) {
    try {
      return await use(worker);
    } catch (error) {
      if (!(error instanceof WorkerFailure)) throw error;
      worker = null;
    }
  }
  return use(await onMainThread());
}

function startWorker(): Backend | null {
  if (typeof Worker === 'undefined') return null;
  let started: Worker;
  try {
    started = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // A browser without module workers, or a policy that forbids them.
    return null;
  }
  const failed = new Promise<never>((_, reject) => {
    started.addEventListener(
      'error',
      (event) => {
        event.preventDefault();
        started.terminate();
        reject(new WorkerFailure(event.message));
      },
      { once: true },
    );
  });
  // Only calls racing it need the failure; without a call in flight it must not count as unhandled.
  failed.catch(() => {});
  const remote = wrap<CatalogSearch>(started);
  return {
    load: (services, entities) => Promise.race([remote.load(services, entities), failed]),
    search: (query, limit) => Promise.race([remote.search(query, limit), failed]),
  };
}

/** The same index on the page's thread: slower typing on a big catalog, but search still works. */
function onMainThread(): Promise<Backend> {
  // Loaded only here, so the first bundle does not carry the index when the worker works.
  mainThread ??= import('../core/search/createCatalogIndex.ts').then(({ createCatalogIndex }) => {
    let index = createCatalogIndex(catalog?.services ?? [], catalog?.entities ?? []);
    return {
      load: async (services, entities) => {
        index = createCatalogIndex(services, entities);
        return index.size;
      },
      search: async (query, limit) => index.search(query, limit),
    };
  });
  return mainThread;
}

function abortError(): DOMException {
  return new DOMException('The search was superseded', 'AbortError');
}
