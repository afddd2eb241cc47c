// The encrypted store (issue 3, item 5): a draft's personal payload is encrypted under its mediator's
// data key before it is written, and decrypted after it is read. The additional data binds the
// ciphertext to its kind, id and mediator, so a record copied under another id or mediator fails to open.
// Crypto is always awaited outside Dexie transactions: an await on anything but Dexie inside one
// lets IndexedDB commit it early.
import { Dexie } from 'dexie';
import type { BalcaoDb } from '../balcaoDb.ts';
import type { DraftRecord } from './draftRecord.ts';
import { randomBytes } from './mediatorKeys.ts';

const IV_BYTES = 12;

export interface DraftInput<T> {
  id: string;
  mediatorId: string;
  kind: string;
  serviceId: string | null;
  /** Everything personal: stored only encrypted. Must survive JSON. */
  payload: T;
}

export interface Draft<T> extends DraftLabel {
  mediatorId: string;
  payload: T;
}

/** What a list of drafts shows: which service and when, never the payload. */
export interface DraftLabel {
  id: string;
  kind: string;
  serviceId: string | null;
  createdAt: number;
  updatedAt: number;
}

/** The draft does not open with this key: another mediator's, moved, or tampered with. */
export class DraftUnreadable extends Error {
  override name = 'DraftUnreadable';
}

/** Encrypts and keeps a draft, new or updated (its creation time is kept). */
export async function saveDraft<T>(
  db: BalcaoDb,
  dataKey: CryptoKey,
  draft: DraftInput<T>,
  now = Date.now(),
): Promise<void> {
  for (const [field, value] of [
    ['kind', draft.kind],
    ['mediatorId', draft.mediatorId],
  ] as const) {
    // They delimit the additional data: a colon in one would let two bindings read the same.
    if (value === '' || value.includes(':')) throw new TypeError(`a draft's ${field} must be non-empty, without ":"`);
  }
  const json = JSON.stringify(draft.payload) as string | undefined;
  if (json === undefined) throw new TypeError(`draft ${draft.id}'s payload does not survive JSON`);
  const iv = randomBytes(IV_BYTES);
  const plaintext = new TextEncoder().encode(json);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: binding(draft) }, dataKey, plaintext),
  );
  await db.transaction('rw', db.drafts, async () => {
    const earlier = await db.drafts.get(draft.id);
    if (earlier && earlier.mediatorId !== draft.mediatorId) {
      throw new DraftUnreadable(`draft ${draft.id} belongs to another mediator`);
    }
    await db.drafts.put({
      id: draft.id,
      mediatorId: draft.mediatorId,
      kind: draft.kind,
      serviceId: draft.serviceId,
      createdAt: earlier?.createdAt ?? now,
      updatedAt: now,
      iv,
      ciphertext,
    });
  });
}

/** A draft decrypted with its mediator's key; undefined if there is none. Throws DraftUnreadable. */
export async function loadDraft<T = unknown>(
  db: BalcaoDb,
  dataKey: CryptoKey,
  id: string,
): Promise<Draft<T> | undefined> {
  const row = await db.drafts.get(id);
  if (!row) return undefined;
  let plaintext: ArrayBuffer;
  try {
    plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: row.iv, additionalData: binding(row) },
      dataKey,
      row.ciphertext,
    );
  } catch {
    throw new DraftUnreadable(`draft ${id} does not open with this key`);
  }
  return { ...label(row), mediatorId: row.mediatorId, payload: JSON.parse(new TextDecoder().decode(plaintext)) as T };
}

/** One mediator's drafts, the latest first: labels only, nothing is decrypted. */
export async function listDrafts(db: BalcaoDb, mediatorId: string): Promise<DraftLabel[]> {
  const rows = await db.drafts
    .where('[mediatorId+updatedAt]')
    .between([mediatorId, Dexie.minKey], [mediatorId, Dexie.maxKey])
    .reverse()
    .toArray();
  return rows.map(label);
}

export async function deleteDraft(db: BalcaoDb, id: string): Promise<void> {
  await db.drafts.delete(id);
}

function binding(draft: { kind: string; id: string; mediatorId: string }): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${draft.kind}:${draft.id}:${draft.mediatorId}`);
}

function label(row: DraftRecord): DraftLabel {
  return { id: row.id, kind: row.kind, serviceId: row.serviceId, createdAt: row.createdAt, updatedAt: row.updatedAt };
}
