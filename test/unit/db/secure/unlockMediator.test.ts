import { afterEach, describe, expect, it } from 'vitest';
import type { BalcaoDb } from '../../../../src/db/balcaoDb.ts';
import { storeAttachment } from '../../../../src/db/requests/attachments.ts';
import { newContentKey } from '../../../../src/db/requests/contentKey.ts';
import { createMediator } from '../../../../src/db/secure/createMediator.ts';
import { listDrafts, loadDraft, saveDraft } from '../../../../src/db/secure/drafts.ts';
import { type UnlockOutcome, unlockMediator } from '../../../../src/db/secure/unlockMediator.ts';
import { freshDb } from '../../../kit/freshDb.ts';

let db: BalcaoDb;
afterEach(async () => {
  await db?.delete();
});

const SECRET = 'frase muito secreta';

async function mediatorWithDraft(name: string) {
  const { mediator, dataKey } = await createMediator(
    db,
    { name, secret: SECRET, kind: 'passphrase' },
    { allowPin: false, iterations: 1_000 },
  );
  await saveDraft(db, dataKey, {
    id: `draft-of-${name}`,
    mediatorId: mediator.id,
    kind: 'attendance',
    serviceId: 'pedir-registo-criminal',
    payload: { note: name },
  });
  // A photo of the attendance in progress, and one already handed to a completed request.
  await storeAttachment(db, {
    attendanceId: `draft-of-${name}`,
    fieldId: 'documents',
    contentKey: newContentKey(),
    bytes: new Uint8Array([1, 2, 3]),
    type: 'image/jpeg',
  });
  const sent = await storeAttachment(db, {
    attendanceId: `done-by-${name}`,
    fieldId: 'documents',
    contentKey: newContentKey(),
    bytes: new Uint8Array([4, 5, 6]),
    type: 'image/jpeg',
  });
  await db.attachments.update(sent.id, { requestId: `request-of-${name}` });
  return mediator.id;
}

const attachmentsOf = async (attendanceId: string) =>
  (await db.attachments.where('attendanceId').equals(attendanceId).toArray()).length;

/** Wrong secrets, each tried as soon as the lock screen allows, on a clock the test moves. */
async function wrongTries(id: string, count: number, clock: { t: number }): Promise<UnlockOutcome[]> {
  const outcomes: UnlockOutcome[] = [];
  for (let i = 0; i < count; i += 1) {
    const outcome = await unlockMediator(db, id, 'palpite errado', clock.t);
    outcomes.push(outcome);
    if (!outcome.ok && outcome.reason === 'wrong-secret') clock.t += outcome.retryInMs;
  }
  return outcomes;
}

describe('unlockMediator', () => {
  it('refuses a wrong secret and counts it, and the right one resets the count', async () => {
    db = freshDb();
    const id = await mediatorWithDraft('Ana');
    const clock = { t: 1_000 };
    const [first] = await wrongTries(id, 3, clock);
    expect(first).toMatchObject({ ok: false, reason: 'wrong-secret', retryInMs: 0, lockout: { failedAttempts: 1 } });
    expect((await db.mediators.get(id))?.failedAttempts).toBe(3);

    const outcome = await unlockMediator(db, id, SECRET, clock.t);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.dataKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', outcome.dataKey)).rejects.toThrow();
    expect(await loadDraft(db, outcome.dataKey, 'draft-of-Ana')).toMatchObject({ payload: { note: 'Ana' } });
    expect(await db.mediators.get(id)).toMatchObject({ failedAttempts: 0, nextAttemptAt: null });
  });

  it('lets five wrong tries through at once, then makes each wait longer', async () => {
    db = freshDb();
    const id = await mediatorWithDraft('Ana');
    const clock = { t: 0 };
    const outcomes = await wrongTries(id, 7, clock);
    const waits = outcomes.map((o) => (!o.ok && o.reason === 'wrong-secret' ? o.retryInMs : -1));
    expect(waits).toEqual([0, 0, 0, 0, 5_000, 15_000, 45_000]);

    // Too soon: refused without trying or counting, even with the right secret.
    const early = await unlockMediator(db, id, SECRET, clock.t - 1_000);
    expect(early).toMatchObject({ ok: false, reason: 'wait', retryInMs: 1_000 });
    expect((await db.mediators.get(id))?.failedAttempts).toBe(7);
    expect((await unlockMediator(db, id, SECRET, clock.t)).ok).toBe(true);
  });

  it('makes guesses fired at once (two tabs, a script) meet the wait instead of all running', async () => {
    db = freshDb();
    const id = await mediatorWithDraft('Ana');
    const clock = { t: 0 };
    await wrongTries(id, 5, clock);
    const burst = await Promise.all(
      ['um', 'dois', 'três', 'quatro', 'cinco'].map((guess) => unlockMediator(db, id, guess, clock.t)),
    );
    const reasons = burst.map((o) => (o.ok ? 'ok' : o.reason));
    expect(reasons.filter((r) => r === 'wrong-secret')).toHaveLength(1);
    expect(reasons.filter((r) => r === 'wait')).toHaveLength(4);
    expect((await db.mediators.get(id))?.failedAttempts).toBe(6);
  });

  it('does not lock a mediator out for hours when the laptop clock goes back', async () => {
    db = freshDb();
    const id = await mediatorWithDraft('Ana');
    const clock = { t: 10 * 3_600_000 };
    await wrongTries(id, 6, clock);
    expect((await unlockMediator(db, id, SECRET, clock.t - 3_600_000)).ok).toBe(true);
  });

  it('warns after 8 wrong tries, and at the 10th destroys that mediator’s drafts and key only', async () => {
    db = freshDb();
    const ana = await mediatorWithDraft('Ana');
    const rui = await mediatorWithDraft('Rui');
    const clock = { t: 0 };

    const outcomes = await wrongTries(ana, 10, clock);
    const warned = outcomes.map((o) => !o.ok && 'lockout' in o && o.lockout.warn);
    expect(warned).toEqual([false, false, false, false, false, false, false, true, true, false]);
    expect(outcomes[7]).toMatchObject({ lockout: { attemptsLeft: 2 } });
    expect(outcomes[8]).toMatchObject({ lockout: { attemptsLeft: 1 } });
    expect(outcomes[9]).toMatchObject({ ok: false, reason: 'destroyed', lockout: { destroy: true } });

    expect(await db.mediators.get(ana)).toBeUndefined();
    expect(await listDrafts(db, ana)).toEqual([]);
    expect(await db.drafts.get('draft-of-Ana')).toBeUndefined();
    expect(await attachmentsOf('draft-of-Ana')).toBe(0);
    // What a completed request carries is the citizen's, sealed for the hub: it stays to be sent.
    expect(await attachmentsOf('done-by-Ana')).toBe(1);
    expect(await attachmentsOf('draft-of-Rui')).toBe(1);
    expect(await unlockMediator(db, ana, SECRET, clock.t)).toEqual({ ok: false, reason: 'unknown-mediator' });

    // The other mediator of the kit keeps everything.
    expect((await listDrafts(db, rui)).map((d) => d.id)).toEqual(['draft-of-Rui']);
    const other = await unlockMediator(db, rui, SECRET, clock.t);
    if (!other.ok) throw new Error(other.reason);
    expect(await loadDraft(db, other.dataKey, 'draft-of-Rui')).toMatchObject({ payload: { note: 'Rui' } });
  });

  it('will not open one mediator’s key with another’s row: the wrapped key is bound to its mediator', async () => {
    db = freshDb();
    const ana = await mediatorWithDraft('Ana');
    const rui = await mediatorWithDraft('Rui');
    const anaRow = await db.mediators.get(ana);
    if (!anaRow) throw new Error('no row');
    // Same secret, Ana's salt and wrapped key copied onto Rui's row.
    await db.mediators.update(rui, { salt: anaRow.salt, wrappedDataKey: anaRow.wrappedDataKey, wrapIv: anaRow.wrapIv });
    expect(await unlockMediator(db, rui, SECRET, 0)).toMatchObject({ ok: false, reason: 'wrong-secret' });
  });
});
