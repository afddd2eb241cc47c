import type { AttachmentHolder } from '../requests/AttachmentHolder.ts';
import { attachmentsHeld } from './attachmentsHeld.ts';

/**
 * The uploads as the intake asks about them: whether the hub holds attachment `id` whole, digest
 * checked, as uploaded by `deviceId`, and with the digest the request names when it names one.
 */
export function uploadHolder(dataDir: string): AttachmentHolder {
  return {
    holds: async (id, deviceId, digest) => {
      const held = await attachmentsHeld(dataDir, deviceId, [digest === undefined ? id : { id, digest }]);
      return held.missing.length === 0 && held.mismatched.length === 0;
    },
  };
}
