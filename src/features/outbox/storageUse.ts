/** From this share of its quota on, the device warns (issue 5, item 7): room is left to finish the day. */
export const STORAGE_WARNING_RATIO = 0.8;

export interface StorageUse {
  usage: number;
  /** Null when the browser gives no quota. */
  quota: number | null;
  /** usage / quota, null without a quota. */
  ratio: number | null;
  nearlyFull: boolean;
}

/** What `navigator.storage.estimate()` said, checked: null when it said nothing usable. */
export function storageUse(estimate: StorageEstimate): StorageUse | null {
  const { usage, quota } = estimate;
  if (typeof usage !== 'number' || !Number.isFinite(usage) || usage < 0) return null;
  const known = typeof quota === 'number' && Number.isFinite(quota) && quota > 0 ? quota : null;
  const ratio = known === null ? null : usage / known;
  return { usage, quota: known, ratio, nearlyFull: ratio !== null && ratio >= STORAGE_WARNING_RATIO };
}
