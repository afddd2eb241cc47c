// The attachment control an attendance gives its form (issue 4, item 5): a photo or scan is shrunk in
// the image worker, encrypted with the request's own content key and stored beside the draft.
import { useMemo } from 'preact/hooks';
import { useLiveQuery } from '../../app/useLiveQuery.ts';
import type { AttachmentRef } from '../../core/attendance/RequestPayload.ts';
import { ImageShrinkError } from '../../core/images/ImageShrinkError.ts';
import type { BalcaoDb } from '../../db/balcaoDb.ts';
import { AttachmentTooLarge, TooManyAttachments } from '../../db/requests/attachmentErrors.ts';
import { deleteAttachment, storeAttachment } from '../../db/requests/attachments.ts';
import { listAttachments } from '../../db/requests/listAttachments.ts';
import { StorageFull } from '../../db/requests/storageFull.ts';
import { t } from '../../i18n/t.ts';
import { shrinkImage } from '../../workers/imageShrinkBridge.ts';
import type { AttachmentControl } from './form/AttachmentControl.ts';
import { formatImageSize } from './form/formatImageSize.ts';
import { imageShrinkErrorText } from './form/imageShrinkErrorText.ts';

export function useAttachments(db: BalcaoDb, attendanceId: string, contentKey: string): AttachmentControl {
  const listed = useLiveQuery(() => listAttachments(db, attendanceId), [db, attendanceId]);
  const refs = useMemo(
    () => new Map<string, AttachmentRef>((listed.status === 'ready' ? listed.value : []).map((ref) => [ref.id, ref])),
    [listed],
  );
  return {
    refs,
    async add(fieldId, file, onProgress) {
      onProgress?.('shrinking');
      let image: Awaited<ReturnType<typeof shrinkImage>>;
      try {
        image = await shrinkImage(file);
      } catch (error) {
        throw new Error(imageShrinkErrorText(error), { cause: error });
      }
      onProgress?.('encrypting');
      try {
        return await storeAttachment(db, { attendanceId, fieldId, contentKey, bytes: image.bytes, type: image.type });
      } catch (error) {
        throw new Error(storeErrorText(error), { cause: error });
      }
    },
    remove: (id) => deleteAttachment(db, id),
  };
}

function storeErrorText(error: unknown): string {
  if (error instanceof AttachmentTooLarge)
    return t('attendance.attachment.tooLarge', { limit: formatImageSize(error.limit) });
  if (error instanceof TooManyAttachments) return t('attendance.attachment.tooMany', { limit: error.limit });
  if (error instanceof StorageFull) return t('attendance.attachment.storageFull');
  if (error instanceof ImageShrinkError) return imageShrinkErrorText(error);
  return t('form.attachment.addFailed');
}
