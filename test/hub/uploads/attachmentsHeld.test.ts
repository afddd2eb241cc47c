import { unlink, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { attachmentsHeld } from '../../../server/uploads/attachmentsHeld.ts';
import { uploadHolder } from '../../../server/uploads/uploadHolder.ts';
import { bytesOf, createUpload, digestOf, openUploadHub, patchUpload, tusCall } from './uploadHub.ts';

async function hubWithUploads() {
  const hub = await openUploadHub();
  const device = await hub.device();
  const whole = bytesOf(3_000, 1);
  const half = bytesOf(3_000, 2);
  const held = await createUpload(hub, device, whole);
  expect((await patchUpload(hub, device, held.path, 0, whole)).status).toBe(204);
  const partial = await createUpload(hub, device, half);
  expect((await patchUpload(hub, device, partial.path, 0, half.slice(0, 1_500))).status).toBe(204);
  return { hub, device, whole, held, partial };
}

describe('attachmentsHeld: what the intake asks before storing a request', () => {
  it('counts only uploads complete and checked, of the device that names them', async () => {
    const { hub, device, held, partial } = await hubWithUploads();
    const stranger = await hub.device();
    const never = crypto.randomUUID();

    expect(await attachmentsHeld(hub.dataDir, device.deviceId, [held.attachmentId])).toEqual({
      missing: [],
      mismatched: [],
    });
    expect(
      await attachmentsHeld(hub.dataDir, device.deviceId, [held.attachmentId, partial.attachmentId, never, 'x/../y']),
    ).toEqual({ missing: [partial.attachmentId, never, 'x/../y'], mismatched: [] });
    // The same attachment id, named by another device, is not its upload.
    expect(await attachmentsHeld(hub.dataDir, stranger.deviceId, [held.attachmentId])).toEqual({
      missing: [held.attachmentId],
      mismatched: [],
    });
  });

  it('tells an upload held with another digest than the request names', async () => {
    const { hub, device, whole, held } = await hubWithUploads();
    const named = { id: held.attachmentId, digest: await digestOf(whole) };
    expect(await attachmentsHeld(hub.dataDir, device.deviceId, [named])).toEqual({ missing: [], mismatched: [] });
    const other = { id: held.attachmentId, digest: await digestOf(bytesOf(3_000, 9)) };
    expect(await attachmentsHeld(hub.dataDir, device.deviceId, [other])).toEqual({
      missing: [],
      mismatched: [held.attachmentId],
    });
  });

  it('checks again an upload the hub stopped before marking, and drops it if its bytes changed', async () => {
    const { hub, device, held } = await hubWithUploads();
    // The hub stopped between the last byte and its mark.
    await unlink(hub.files(held.id).held);
    expect((await attachmentsHeld(hub.dataDir, device.deviceId, [held.attachmentId])).missing).toEqual([]);
    // The disk changed the bytes while no mark vouched for them.
    await unlink(hub.files(held.id).held);
    await writeFile(hub.files(held.id).bytes, bytesOf(3_000, 4));
    expect((await attachmentsHeld(hub.dataDir, device.deviceId, [held.attachmentId])).missing).toEqual([
      held.attachmentId,
    ]);
    expect(await hub.stored(held.id)).toBeUndefined();
    // The device's HEAD then finds nothing, and it uploads the attachment again.
    expect((await tusCall(hub, device, { method: 'HEAD', path: held.path })).status).toBe(404);
  });

  it('answers the intake’s holder the same', async () => {
    const { hub, device, held, partial } = await hubWithUploads();
    const holder = uploadHolder(hub.dataDir);
    expect(await holder.holds(held.attachmentId, device.deviceId)).toBe(true);
    expect(await holder.holds(partial.attachmentId, device.deviceId)).toBe(false);
  });
});
