/**
 * The browser refused a write for want of space. Nothing of the operation that threw it was written (its
 * transaction aborted), so the mediator can free space and try again; `cause` is the browser's error.
 */
export class StorageFull extends Error {
  override name = 'StorageFull';
}

/**
 * Whether an error is, or wraps, a QuotaExceededError: the DOMException itself, Dexie's
 * `Dexie.QuotaExceededError` (its `inner`), a transaction's AbortError over it, or a Bulk/ModifyError's
 * failures. Browsers report a full disk in all of these shapes.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 4 || error === null || typeof error !== 'object') return false;
  const { name, inner, cause, failures } = error as {
    name?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  if (name === 'QuotaExceededError') return true;
  // Legacy code 22: some engines name it NS_ERROR_DOM_QUOTA_REACHED.
  if (error instanceof DOMException && (error.code === 22 || name === 'NS_ERROR_DOM_QUOTA_REACHED')) return true;
  const wrapped = [inner, cause, ...(Array.isArray(failures) ? failures : [])];
  return wrapped.some((e) => isQuotaExceeded(e, depth + 1));
}

/** Runs a write and turns a refusal for space into StorageFull; any other error passes unchanged. */
export async function orStorageFull<T>(write: () => Promise<T>, what: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFull(`no space left on the device to keep ${what}`, { cause: error });
    throw error;
  }
}
