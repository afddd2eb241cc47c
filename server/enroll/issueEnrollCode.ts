import type { HubStore } from '../store/HubStore.ts';
import { hashEnrollCode } from './hashEnrollCode.ts';
import { newEnrollCode } from './newEnrollCode.ts';

/** Makes a one-time code for `spotId` valid for `hours`, keeps its hash, and answers the code (shown once, never kept). */
export async function issueEnrollCode(
  store: HubStore,
  spotId: string,
  now: Date,
  hours: number,
): Promise<{ code: string; expiresAt: Date }> {
  const code = newEnrollCode();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await store.addEnrollCode({ hash: hashEnrollCode(code), spotId, expiresAt }, now);
  return { code, expiresAt };
}
