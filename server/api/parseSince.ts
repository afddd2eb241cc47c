import { HubError } from '../HubError.ts';

/** `?since=` as the version the device holds: absent means none (0); anything but one whole number is refused. */
export function parseSince(raw: unknown): number {
  if (raw === undefined) return 0;
  const since = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(since)) {
    throw new HubError(
      400,
      'bad-since',
      `since must be a catalog version (a whole number, 0 or more), not ${JSON.stringify(raw)}`,
    );
  }
  return since;
}
