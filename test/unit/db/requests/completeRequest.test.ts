import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64url } from '../../../../src/core/deviceAuth/signedCall.ts';
import { openSealed } from '../../../../src/core/seal/openSealed.ts';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { AlreadyCompleted } from '../../../../src/db/requests/alreadyCompleted.ts';
import { AttachmentMissing } from '../../../../src/db/requests/attachmentErrors.ts';
import { readAttachment, storeAttachment } from '../../../../src/db/requests/attachments.ts';
import { type Completion, completeRequest } from '../../../../src/db/requests/completeRequest.ts';
import { listAttendances } from '../../../../src/db/requests/listAttendances.ts';
import { StorageFull } from '../../../../src/db/requests/storageFull.ts';
import { DraftUnreadable, loadDraft } from '../../../../src/db/secure/drafts.ts';
import { CANARY_NAME, CANARY_NIF, canariesIn, everyRow } from '../../../kit/canary.ts';
import { freshDb } from '../../../kit/freshDb.ts';
import { hubKeyPair } from '../../core/seal/hubKeyPair.ts';
import { DEVICE_ID, mediator, quotaError, requestPayload, SPOT_ID, scan, startAttendance } from './requestKit.ts';

let db: BalcaoDb;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

async function setUp() {
  db = freshDb();
  const hub = await hubKeyPair('hub-2025-03');
  const ana = await mediator(db, 'Ana Sousa');
  const { attendanceId, contentKey } = await startAttendance(db, ana);
  const completion = (changes: Parameters<typeof requestPayload>[2] = {}): Completion => ({
    payload: requestPayload(ana, contentKey, changes),
    hubKey: hub.publicKey,
    mediatorName: ana.name,
    spotName: 'Espaço Cidadão de Arroios',
    attendanceId,
  });
  return { hub, ana, attendanceId, contentKey, completion };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );
}

describe('completeRequest', () => {
  it('writes one sealed outbox row and one anonymous log row, and deletes the draft', async () => {
    const { hub, ana, attendanceId, completion } = await setUp();
    const input = completion();
    const summary = await completeRequest(db, input, 6_000);

    expect(await db.outbox.count()).toBe(1);
    expect(await db.drafts.get(attendanceId)).toBeUndefined();
    const row = await db.outbox.get(input.payload.requestId);
    if (!row) throw new Error('no outbox row');
    expect(row).toMatchObject({
      id: input.payload.requestId,
      localRef: input.payload.localRef,
      state: 'queued',
      serviceId: 'registo-criminal',
      form: { id: 'registo-criminal', version: 2 },
      kid: 'hub-2025-03',
      mediatorId: ana.id,
      mediatorName: 'Ana Sousa',
      spotId: SPOT_ID,
      spotName: 'Espaço Cidadão de Arroios',
      feeCents: 500,
      paymentMethod: 'cash',
      completedAt: 5_000,
      replaces: null,
      attachmentIds: [],
      leaseUntil: null,
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
      receipt: null,
      archived: null,
      hubRef: null,
      receivedAt: null,
    });
    expect(summary).toEqual(Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'sealed')));

    // Only the hub opens it, to the very payload; its header names the request and the device.
    const sealed = row.sealed ?? '';
    expect(sealed).not.toBe('');
    const opened = await openSealed(sealed, (kid) => (kid === 'hub-2025-03' ? hub.privateKey : undefined));
    expect(opened).toEqual(input.payload);
    const header = JSON.parse(new TextDecoder().decode(fromBase64url(sealed.split('.')[0] ?? '')));
    expect(header).toMatchObject({ 'balcao-request': input.payload.requestId, 'balcao-device': DEVICE_ID });
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(sealed));
    expect(fromBase64url(row.sealedDigest)).toEqual(new Uint8Array(digest));
    expect(row.sealedBytes).toBe(new TextEncoder().encode(sealed).byteLength);

    expect(await listAttendances(db)).toEqual([
      {
        id: attendanceId,
        mediatorId: ana.id,
        serviceId: 'registo-criminal',
        startedAt: 1_000,
        endedAt: 6_000,
        outcome: 'completed',
        priority: 'senior',
        requestId: input.payload.requestId,
      },
    ]);
  });

  it('refuses a second completion of the same attendance, and leaves the one request', async () => {
    const { attendanceId, completion } = await setUp();
    const first = completion();
    await completeRequest(db, first);

    const again = await rejection(completeRequest(db, completion()));
    expect(again).toBeInstanceOf(AlreadyCompleted);
    expect(again).toMatchObject({ attendanceId, requestId: first.payload.requestId });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.attendances.count()).toBe(1);
  });

  it('makes one request from a double tap, even when both taps seal at once', async () => {
    const { completion } = await setUp();
    const outcomes = await Promise.allSettled([completeRequest(db, completion()), completeRequest(db, completion())]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(AlreadyCompleted);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.attendances.count()).toBe(1);
  });

  it('refuses a request id already in the outbox, even from another attendance', async () => {
    const { ana, completion } = await setUp();
    const first = completion();
    await completeRequest(db, first);
    const other = await startAttendance(db, ana);
    const reused = { ...completion({ requestId: first.payload.requestId }), attendanceId: other.attendanceId };
    await expect(completeRequest(db, reused)).rejects.toBeInstanceOf(AlreadyCompleted);
    expect(await db.drafts.get(other.attendanceId)).toBeDefined();
    expect(await db.outbox.count()).toBe(1);
  });

  it('writes nothing and keeps the draft when the disk is full at the last write', async () => {
    const { ana, attendanceId, contentKey, completion } = await setUp();
    const ref = await storeAttachment(db, {
      attendanceId,
      fieldId: 'proof',
      contentKey,
      bytes: scan(),
      type: 'image/jpeg',
    });
    db.attendances.hook('creating', () => {
      throw quotaError();
    });

    const error = await rejection(completeRequest(db, completion({ attachments: [ref] })));
    expect(error).toBeInstanceOf(StorageFull);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.attendances.count()).toBe(0);
    expect(await db.attachments.get(ref.id)).toMatchObject({ requestId: null });
    expect(await loadDraft(db, ana.dataKey, attendanceId)).toMatchObject({ id: attendanceId });
  });

  it('knows a full disk when Dexie wraps it, and still writes nothing', async () => {
    const { attendanceId, completion } = await setUp();
    vi.spyOn(db.outbox, 'add').mockRejectedValue(new Dexie.QuotaExceededError('full', quotaError()));
    await expect(completeRequest(db, completion())).rejects.toBeInstanceOf(StorageFull);
    expect(await db.drafts.get(attendanceId)).toBeDefined();
    expect(await db.attendances.count()).toBe(0);
  });

  it('keeps no plaintext trace of the citizen in any row once completed with an attachment', async () => {
    const { attendanceId, contentKey, completion } = await setUp();
    // The scan carries both canaries in the clear: the search would find them if it were stored so.
    expect(canariesIn([scan()])).toEqual([CANARY_NAME, CANARY_NIF]);
    const ref = await storeAttachment(db, {
      attendanceId,
      fieldId: 'proof',
      contentKey,
      bytes: scan(),
      type: 'image/webp',
    });
    const input = completion({
      attachments: [ref],
      answers: { nif: CANARY_NIF, 'full-name': CANARY_NAME, proof: [ref.id] },
    });
    await completeRequest(db, input);

    const rows = await everyRow(db);
    expect(rows.length).toBeGreaterThan(3);
    expect(canariesIn(rows)).toEqual([]);
    // The attachment is the request's now, and still opens with the request's content key.
    expect(await db.attachments.get(ref.id)).toMatchObject({ requestId: input.payload.requestId });
    expect(await readAttachment(db, contentKey, ref.id)).toEqual(scan());
  });

  it('drops the attendance’s attachments the request does not name, and keeps other attendances’', async () => {
    const { ana, attendanceId, contentKey, completion } = await setUp();
    const store = (forAttendance: string, key: string) =>
      storeAttachment(db, {
        attendanceId: forAttendance,
        fieldId: 'proof',
        contentKey: key,
        bytes: scan(),
        type: 'image/jpeg',
      });
    const kept = await store(attendanceId, contentKey);
    const retaken = await store(attendanceId, contentKey);
    const other = await startAttendance(db, ana);
    const elsewhere = await store(other.attendanceId, other.contentKey);

    await completeRequest(db, completion({ attachments: [kept] }));
    expect((await db.attachments.toArray()).map((a) => a.id).sort()).toEqual([kept.id, elsewhere.id].sort());
    expect(await db.attachments.get(retaken.id)).toBeUndefined();
    expect((await db.outbox.toArray())[0]?.attachmentIds).toEqual([kept.id]);
  });

  it('refuses a request naming an attachment the attendance does not hold, and writes nothing', async () => {
    const { attendanceId, completion } = await setUp();
    const ghost = { id: crypto.randomUUID(), fieldId: 'proof', type: 'image/jpeg', bytes: 10, digest: 'AAAA' };
    const error = await rejection(completeRequest(db, completion({ attachments: [ghost] })));
    expect(error).toBeInstanceOf(AttachmentMissing);
    expect(error).toMatchObject({ ids: [ghost.id] });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.drafts.get(attendanceId)).toBeDefined();
  });

  it('refuses to complete another mediator’s attendance', async () => {
    const { completion } = await setUp();
    const rui = await mediator(db, 'Rui');
    const input = completion();
    const stolen = { ...input, payload: { ...input.payload, mediatorId: rui.id } };
    await expect(completeRequest(db, stolen)).rejects.toBeInstanceOf(DraftUnreadable);
    expect(await db.outbox.count()).toBe(0);
  });
});
