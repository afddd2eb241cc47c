import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { uploadsFolder } from '../../../server/uploads/uploadFiles.ts';
import { AUTH_FAILURES } from '../../../src/core/deviceAuth/signedCall.ts';
import {
  DIGEST_MISMATCH_STATUS,
  MAX_UPLOAD_BYTES,
  UPLOAD_CODES,
  UPLOADS_PATH,
  uploadId,
} from '../../../src/core/sync/uploadProtocol.ts';
import {
  bytesOf,
  createUpload,
  digestOf,
  metadataHeader,
  openUploadHub,
  patchUpload,
  tusCall,
  newUpload as upload,
} from './uploadHub.ts';

describe('the hub refuses upload calls', () => {
  it('refuses every unsigned tus call and creates nothing', async () => {
    const hub = await openUploadHub();
    const device = await hub.device();
    const bytes = bytesOf(1_000);
    const { attachmentId, metadata } = await upload(bytes);
    const creation = await tusCall(hub, device, {
      method: 'POST',
      unsigned: true,
      headers: { 'upload-length': '1000', 'upload-metadata': metadataHeader({ ...metadata, attachmentId }) },
    });
    expect(creation.status).toBe(401);
    expect(creation.code).toBe(AUTH_FAILURES.unsigned);
    expect(creation.headers.get('www-authenticate')).toBe('Balcao-Signature');
    expect(await readdir(uploadsFolder(hub.dataDir))).toEqual([]);

    const { path, id } = await createUpload(hub, device, bytes);
    const head = await tusCall(hub, device, { method: 'HEAD', path, unsigned: true });
    expect(head.status).toBe(401);
    const bytesIn = await tusCall(hub, device, {
      method: 'PATCH',
      path,
      unsigned: true,
      headers: { 'upload-offset': '0' },
      body: bytes,
    });
    expect(bytesIn.status).toBe(401);
    expect(bytesIn.code).toBe(AUTH_FAILURES.unsigned);
    expect((await hub.stored(id))?.byteLength).toBe(0);
  });

  it('binds the signature to the tus headers: metadata or an offset changed after signing is refused', async () => {
    const hub = await openUploadHub();
    const device = await hub.device();
    const bytes = bytesOf(1_000);
    const { attachmentId, metadata } = await upload(bytes);
    const signed = { 'upload-length': '1000', 'upload-metadata': metadataHeader({ ...metadata, attachmentId }) };
    const forged = metadataHeader({ ...metadata, attachmentId, digest: await digestOf(bytesOf(1_000, 9)) });
    const swapped = await tusCall(hub, device, {
      method: 'POST',
      headers: signed,
      tamper: { 'upload-metadata': forged },
    });
    expect(swapped.status).toBe(401);
    expect(swapped.code).toBe(AUTH_FAILURES.badSignature);
    const longer = await tusCall(hub, device, { method: 'POST', headers: signed, tamper: { 'upload-length': '2000' } });
    expect(longer.code).toBe(AUTH_FAILURES.badSignature);

    const { path, id } = await createUpload(hub, device, bytes);
    expect((await patchUpload(hub, device, path, 0, bytes.slice(0, 400))).status).toBe(204);
    const moved = await tusCall(hub, device, {
      method: 'PATCH',
      path,
      headers: { 'upload-offset': '400' },
      tamper: { 'upload-offset': '0' },
      body: bytes.slice(400),
    });
    expect(moved.code).toBe(AUTH_FAILURES.badSignature);
    expect((await hub.stored(id))?.byteLength).toBe(400);
  });

  it("keeps a device out of another device's upload", async () => {
    const hub = await openUploadHub();
    const owner = await hub.device();
    const other = await hub.device();
    const bytes = bytesOf(1_000);
    const { path, id, attachmentId } = await createUpload(hub, owner, bytes);
    expect((await patchUpload(hub, owner, path, 0, bytes.slice(0, 500))).status).toBe(204);

    const head = await tusCall(hub, other, { method: 'HEAD', path });
    expect(head.status).toBe(403);
    expect(head.headers.get('upload-offset')).toBeNull();
    const overwrite = await patchUpload(hub, other, path, 500, bytesOf(500, 3));
    expect(overwrite.status).toBe(403);
    expect(overwrite.code).toBe(UPLOAD_CODES.notYours);
    // The same attachment id from the other device is an upload of its own, named after it.
    const { path: otherPath } = await createUpload(hub, other, bytesOf(1_000, 5), { attachmentId });
    expect(otherPath).toBe(`${UPLOADS_PATH}/${uploadId(other.deviceId, attachmentId)}`);
    expect(path).toBe(`${UPLOADS_PATH}/${id}`);
    expect(Buffer.compare((await hub.stored(id)) ?? Buffer.alloc(0), Buffer.from(bytes.slice(0, 500)))).toBe(0);
  });

  it('deletes an upload whose bytes are not its digest, and says so with its own code', async () => {
    const hub = await openUploadHub();
    const device = await hub.device();
    const bytes = bytesOf(2_000);
    const { path, id } = await createUpload(hub, device, bytes, { digest: await digestOf(bytesOf(2_000, 11)) });
    expect((await patchUpload(hub, device, path, 0, bytes.slice(0, 1_000))).status).toBe(204);
    const last = await patchUpload(hub, device, path, 1_000, bytes.slice(1_000));

    expect(last.status).toBe(DIGEST_MISMATCH_STATUS);
    expect(last.code).toBe(UPLOAD_CODES.digestMismatch);
    expect(last.headers.get('content-type')).toContain('application/json');
    expect(await hub.stored(id)).toBeUndefined();
    expect((await tusCall(hub, device, { method: 'HEAD', path })).status).toBe(404);
    expect(await readdir(uploadsFolder(hub.dataDir))).toEqual([]);
  });

  it('refuses an upload over the size limit, at creation and when more bytes come than declared', async () => {
    const hub = await openUploadHub();
    const device = await hub.device();
    const { attachmentId, metadata } = await upload(bytesOf(10));
    const tooLarge = await tusCall(hub, device, {
      method: 'POST',
      headers: {
        'upload-length': `${MAX_UPLOAD_BYTES + 1}`,
        'upload-metadata': metadataHeader({ ...metadata, attachmentId }),
      },
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.code).toBe(UPLOAD_CODES.tooLarge);
    expect(await readdir(uploadsFolder(hub.dataDir))).toEqual([]);
    // The largest ciphertext a device can hold is taken.
    const largest = await tusCall(hub, device, {
      method: 'POST',
      headers: {
        'upload-length': `${MAX_UPLOAD_BYTES}`,
        'upload-metadata': metadataHeader({ ...metadata, attachmentId }),
      },
    });
    expect(largest.status).toBe(201);

    const bytes = bytesOf(100);
    const { path, id } = await createUpload(hub, device, bytes);
    const overflow = await patchUpload(hub, device, path, 0, bytesOf(150));
    expect(overflow.status).toBe(413);
    expect((await hub.stored(id))?.byteLength).toBe(0);
  });

  it('refuses a creation without its metadata, with another key, or with a deferred length', async () => {
    const hub = await openUploadHub();
    const device = await hub.device();
    const { attachmentId, metadata } = await upload(bytesOf(10));
    const post = (headers: Record<string, string>) => tusCall(hub, device, { method: 'POST', headers });
    const cases: [Record<string, string>, string][] = [
      [{ 'upload-length': '10' }, UPLOAD_CODES.badMetadata],
      [{ 'upload-length': '10', 'upload-metadata': metadataHeader({ ...metadata }) }, UPLOAD_CODES.badMetadata],
      [
        { 'upload-length': '10', 'upload-metadata': metadataHeader({ ...metadata, attachmentId, filename: 'x.jpg' }) },
        UPLOAD_CODES.badMetadata,
      ],
      [
        { 'upload-length': '10', 'upload-metadata': metadataHeader({ ...metadata, attachmentId: '../../keys' }) },
        UPLOAD_CODES.badMetadata,
      ],
      [
        { 'upload-length': '10', 'upload-metadata': metadataHeader({ ...metadata, attachmentId, digest: 'abc' }) },
        UPLOAD_CODES.badMetadata,
      ],
      [
        { 'upload-defer-length': '1', 'upload-metadata': metadataHeader({ ...metadata, attachmentId }) },
        UPLOAD_CODES.badRequest,
      ],
    ];
    for (const [headers, code] of cases) {
      const res = await post(headers);
      expect(res.status, JSON.stringify(headers)).toBe(400);
      expect(res.code, JSON.stringify(headers)).toBe(code);
    }
    expect(await readdir(uploadsFolder(hub.dataDir))).toEqual([]);
  });

  it('never creates an upload twice: a second creation is refused and the bytes kept', async () => {
    const hub = await openUploadHub();
    const device = await hub.device();
    const bytes = bytesOf(1_000);
    const { attachmentId, metadata } = await upload(bytes);
    const headers = { 'upload-length': '1000', 'upload-metadata': metadataHeader({ ...metadata, attachmentId }) };
    const first = await tusCall(hub, device, { method: 'POST', headers });
    expect(first.status).toBe(201);
    const path = first.headers.get('location') ?? '';
    expect((await patchUpload(hub, device, path, 0, bytes.slice(0, 600))).status).toBe(204);

    const again = await tusCall(hub, device, { method: 'POST', headers });
    expect(again.status).toBe(409);
    expect(again.code).toBe(UPLOAD_CODES.exists);
    const head = await tusCall(hub, device, { method: 'HEAD', path });
    expect(head.headers.get('upload-offset')).toBe('600');
  });

  it('refuses a revoked device', async () => {
    const hub = await openUploadHub();
    const device = await hub.device();
    const bytes = bytesOf(100);
    const { path } = await createUpload(hub, device, bytes);
    await hub.store.revokeDevice(device.deviceId, hub.clock.now());
    const res = await patchUpload(hub, device, path, 0, bytes);
    expect(res.status).toBe(401);
    expect(res.code).toBe(AUTH_FAILURES.revoked);
  });

  it("answers tus calls with the hub's headers: never cached, nothing sniffed, no other origin", async () => {
    const hub = await openUploadHub();
    const device = await hub.device();
    const bytes = bytesOf(100);
    const { path } = await createUpload(hub, device, bytes);
    const res = await tusCall(hub, device, { method: 'HEAD', path, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('tus-resumable')).toBe('1.0.0');
  });
});
