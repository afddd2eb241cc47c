import type { BalcaoDb } from '../balcaoDb.ts';
import type { OutboxRecord } from '../requests/outboxRecord.ts';

/** The shortest note that says why a request was set aside (issue 5, item 6), in characters. */
export const ARCHIVE_NOTE_MIN = 10;
/** The longest: a note is a reason, not a report. */
export const ARCHIVE_NOTE_MAX = 500;

export type ArchiveRefusal = 'not-found' | 'not-attention' | 'already-archived' | 'note-too-short' | 'note-too-long';

/** Why a request could not be archived; nothing was written. */
export class ArchiveRefused extends Error {
  override name = 'ArchiveRefused';
  constructor(
    readonly code: ArchiveRefusal,
    readonly requestId: string,
  ) {
    super(`request ${requestId} cannot be archived: ${code}`);
  }
}

/** Characters as a person counts them (an emoji or an accented letter is one), not UTF-16 units. */
export function noteLength(note: string): number {
  return [...note.trim()].length;
}

/**
 * Sets aside a request the hub refused, with the mediator's note saying why. Only an `attention` request
 * can be archived, and the row stays: state, receipt and error untouched, `archived` set, so the refusal
 * and what was decided about it are still on the device (never a silent delete, DESIGN.md "A request's
 * life"). The state is read in the same transaction as the write, so a row the sender moved on in between
 * is refused rather than archived.
 */
export async function archiveRequest(
  db: BalcaoDb,
  id: string,
  note: string,
  now: number,
): Promise<NonNullable<OutboxRecord['archived']>> {
  const length = noteLength(note);
  if (length < ARCHIVE_NOTE_MIN) throw new ArchiveRefused('note-too-short', id);
  if (length > ARCHIVE_NOTE_MAX) throw new ArchiveRefused('note-too-long', id);
  const archived = { note: note.trim(), at: now };
  await db.transaction('rw', db.outbox, async () => {
    const row = await db.outbox.get(id);
    if (!row) throw new ArchiveRefused('not-found', id);
    if (row.state !== 'attention') throw new ArchiveRefused('not-attention', id);
    if (row.archived) throw new ArchiveRefused('already-archived', id);
    await db.outbox.update(id, { archived });
  });
  return archived;
}
