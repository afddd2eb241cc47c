import type { HubKeyring } from '../keys/HubKeyring.ts';
import type { AttachmentHolder } from '../requests/AttachmentHolder.ts';
import type { HubStore } from '../store/HubStore.ts';

/** What the API's routes work with: the database, the sealing keys, and the clock (a test's, or the real one). */
export interface ApiParts {
  store: HubStore;
  keys: HubKeyring;
  now: () => Date;
  /** Which attachments the hub holds whole (the resumable uploads); none when the hub takes no uploads. */
  attachments?: AttachmentHolder;
}
