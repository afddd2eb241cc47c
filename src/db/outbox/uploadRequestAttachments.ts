import { DELIVERY_CODES } from '../../core/sync/deliveryProtocol.ts';
import type { OutboxRecord } from '../requests/outboxRecord.ts';
import { type UploadOutcome, type UploadWorld, uploadAttachment } from './uploadAttachment.ts';

/**
 * A request's attachments, uploaded (resumably) one after another before the request itself goes: the hub
 * refuses a request whose attachments it does not hold. After the hub said `attachments-missing`, each is
 * asked about again even where the device thought it done (the hub's copy may be gone).
 */
export async function uploadRequestAttachments(world: UploadWorld, request: OutboxRecord): Promise<UploadOutcome> {
  const recheck = request.lastError?.code === DELIVERY_CODES.attachmentsMissing;
  for (const id of request.attachmentIds) {
    const outcome = await uploadAttachment(world, { id }, { recheck });
    if (outcome !== 'uploaded') return outcome;
  }
  return 'uploaded';
}
