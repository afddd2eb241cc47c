import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { createMediator } from '../../../../src/db/secure/createMediator.ts';
import { DraftUnreadable, deleteDraft, listDrafts, loadDraft, saveDraft } from '../../../../src/db/secure/drafts.ts';
import { CANARY_NAME, CANARY_NIF, canariesIn, everyRow } from '../../../kit/canary.ts';
import { freshDb } from '../../../kit/freshDb.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

const payload = { citizen: { name: CANARY_NAME, nif: CANARY_NIF }, notes: 'Perdeu o cartão no incêndio.' };

async function mediator(name: string) {
  const { mediator, dataKey } = await createMediator(
    db,
    { name, secret: `segredo de ${name}`, kind: 'passphrase' },
    { allowPin: false, iterations: 1_000 },
  );
  return { id: mediator.id, dataKey };
}

describe('the encrypted draft store', () => {
  it('stores no readable trace of the citizen, in UTF-8 or UTF-16, and gives it back to its mediator', async () => {
    db = freshDb();
    const ana = await mediator('Ana');
    const draft = { id: 'd-1', mediatorId: ana.id, kind: 'attendance', serviceId: 'renovar-carta-conducao', payload };
    await saveDraft(db, ana.dataKey, draft, 100);

    const stored = await db.drafts.get('d-1');
    expect(stored?.ciphertext).toBeInstanceOf(Uint8Array);
    expect(stored?.iv.byteLength).toBe(12);
    expect(canariesIn(await everyRow(db))).toEqual([]);
    expect(await loadDraft(db, ana.dataKey, 'd-1')).toEqual({
      id: 'd-1',
      mediatorId: ana.id,
      kind: 'attendance',
      serviceId: 'renovar-carta-conducao',
      createdAt: 100,
      updatedAt: 100,
      payload,
    });
  });

  it('would find the canaries if a payload were stored in the clear (the search can fail)', async () => {
    db = freshDb();
    await db.drafts.put({
      id: 'plain',
      mediatorId: 'm',
      kind: 'attendance',
      serviceId: null,
      createdAt: 0,
      updatedAt: 0,
      iv: new Uint8Array(12),
      ciphertext: new TextEncoder().encode(JSON.stringify(payload)),
    });
    expect(canariesIn(await everyRow(db))).toEqual([CANARY_NAME, CANARY_NIF]);
    expect(canariesIn([{ note: CANARY_NAME }])).toEqual([CANARY_NAME]);
    const utf16 = new Uint8Array(new Uint16Array([...CANARY_NIF].map((c) => c.charCodeAt(0))).buffer);
    expect(canariesIn([utf16])).toEqual([CANARY_NIF]);
  });

  it('uses a fresh IV at every save, and keeps the creation time', async () => {
    db = freshDb();
    const ana = await mediator('Ana');
    const draft = { id: 'd-1', mediatorId: ana.id, kind: 'attendance', serviceId: null, payload };
    await saveDraft(db, ana.dataKey, draft, 100);
    const first = await db.drafts.get('d-1');
    await saveDraft(db, ana.dataKey, draft, 200);
    const second = await db.drafts.get('d-1');
    expect(second?.iv).not.toEqual(first?.iv);
    expect(second?.ciphertext).not.toEqual(first?.ciphertext);
    expect(second).toMatchObject({ createdAt: 100, updatedAt: 200 });
  });

  it('opens a draft only under its own id, mediator, kind and key', async () => {
    db = freshDb();
    const ana = await mediator('Ana');
    const rui = await mediator('Rui');
    await saveDraft(db, ana.dataKey, { id: 'd-1', mediatorId: ana.id, kind: 'attendance', serviceId: null, payload });
    const row = await db.drafts.get('d-1');
    if (!row) throw new Error('not stored');

    await expect(loadDraft(db, rui.dataKey, 'd-1')).rejects.toBeInstanceOf(DraftUnreadable);
    await db.drafts.put({ ...row, id: 'd-2' });
    await expect(loadDraft(db, ana.dataKey, 'd-2')).rejects.toBeInstanceOf(DraftUnreadable);
    await db.drafts.put({ ...row, id: 'd-3', mediatorId: rui.id });
    await expect(loadDraft(db, ana.dataKey, 'd-3')).rejects.toBeInstanceOf(DraftUnreadable);
    await expect(loadDraft(db, rui.dataKey, 'd-3')).rejects.toBeInstanceOf(DraftUnreadable);
    await db.drafts.put({ ...row, id: 'd-4', kind: 'visit' });
    await expect(loadDraft(db, ana.dataKey, 'd-4')).rejects.toBeInstanceOf(DraftUnreadable);
    const flipped = new Uint8Array(row.ciphertext);
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    await db.drafts.put({ ...row, ciphertext: flipped });
    await expect(loadDraft(db, ana.dataKey, 'd-1')).rejects.toBeInstanceOf(DraftUnreadable);
  });

  it('will not let one mediator overwrite another’s draft', async () => {
    db = freshDb();
    const ana = await mediator('Ana');
    const rui = await mediator('Rui');
    await saveDraft(db, ana.dataKey, { id: 'd-1', mediatorId: ana.id, kind: 'attendance', serviceId: null, payload });
    await expect(
      saveDraft(db, rui.dataKey, { id: 'd-1', mediatorId: rui.id, kind: 'attendance', serviceId: null, payload: {} }),
    ).rejects.toBeInstanceOf(DraftUnreadable);
    expect(await loadDraft(db, ana.dataKey, 'd-1')).toMatchObject({ payload });
  });

  it('lists a mediator’s own drafts, latest first, as labels without payloads', async () => {
    db = freshDb();
    const ana = await mediator('Ana');
    const rui = await mediator('Rui');
    const save = (id: string, who: { id: string; dataKey: CryptoKey }, at: number) =>
      saveDraft(db, who.dataKey, { id, mediatorId: who.id, kind: 'attendance', serviceId: 'svc', payload }, at);
    await save('a-old', ana, 10);
    await save('r-1', rui, 15);
    await save('a-new', ana, 20);

    const listed = await listDrafts(db, ana.id);
    expect(listed).toEqual([
      { id: 'a-new', kind: 'attendance', serviceId: 'svc', createdAt: 20, updatedAt: 20 },
      { id: 'a-old', kind: 'attendance', serviceId: 'svc', createdAt: 10, updatedAt: 10 },
    ]);
    expect(canariesIn(listed)).toEqual([]);
    expect((await listDrafts(db, rui.id)).map((d) => d.id)).toEqual(['r-1']);

    await deleteDraft(db, 'a-old');
    expect((await listDrafts(db, ana.id)).map((d) => d.id)).toEqual(['a-new']);
  });

  it('refuses a payload JSON cannot carry and a kind that would blur the binding', async () => {
    db = freshDb();
    const ana = await mediator('Ana');
    const base = { id: 'd-1', mediatorId: ana.id, kind: 'attendance', serviceId: null };
    await expect(saveDraft(db, ana.dataKey, { ...base, payload: undefined })).rejects.toThrow(TypeError);
    await expect(saveDraft(db, ana.dataKey, { ...base, kind: 'a:b', payload })).rejects.toThrow(TypeError);
    expect(await db.drafts.count()).toBe(0);
  });
});
