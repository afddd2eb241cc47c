// @vitest-environment node
// The outbox to a file (issue 5, item 7): what goes in it, and that none of it, not even the metadata,
// is readable without the passphrase.
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_CHARACTERS } from '../../../../src/core/session/validateSecret.ts';
import { DEVICE_ROW_ID } from '../../../../src/db/device/deviceRecord.ts';
import { type ExportProgress, exportFileName, exportOutbox } from '../../../../src/db/outbox/exportOutbox.ts';
import { OutboxFileRefused } from '../../../../src/db/outbox/OutboxFileRefused.ts';
import { PBKDF2_ITERATIONS } from '../../../../src/db/secure/mediatorKeys.ts';
import { CANARY_NAME, CANARY_NIF, canariesIn, includesBytes } from '../../../kit/canary.ts';
import { SPOT } from '../device/fakeHub.ts';
import { DEVICE_ID } from './outboxKit.ts';
import { dropDatabases, PASSPHRASE, twoLaptops } from './transferKit.ts';

afterEach(dropDatabases);

const NOW = new Date(2026, 2, 2, 17, 45).getTime();

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof OutboxFileRefused)) throw new Error(`not refused: ${String(error)}`);
  return error.code;
}

describe('exportOutbox', () => {
  it('takes every request not yet delivered with its photos, and leaves out the delivered and the archived', async () => {
    const { a, rows } = await twoLaptops(5, 1);
    const [queued, retry, attention, archived, delivered] = rows;
    await a.outbox.update(retry?.id ?? '', { state: 'retry', attempts: 2, nextAttemptAt: NOW + 60_000 });
    await a.outbox.update(attention?.id ?? '', { state: 'attention' });
    await a.outbox.update(archived?.id ?? '', { state: 'attention', archived: { note: 'Desistiu.', at: NOW } });
    await a.outbox.update(delivered?.id ?? '', { state: 'delivered', sealed: null, hubRef: 'H-2026-000001' });
    await a.attachments
      .where('requestId')
      .equals(delivered?.id ?? '')
      .delete();
    expect(queued?.state).toBe('queued');

    const progress: ExportProgress[] = [];
    const file = await exportOutbox(a, PASSPHRASE, NOW, { onProgress: (p) => progress.push(p) });
    expect(file).toMatchObject({
      requests: 3,
      attachments: 3,
      fileName: 'balcao-envios-mirandela-movel-2026-03-02.balcao',
    });
    expect(progress).toEqual([
      { done: 1, total: 3 },
      { done: 2, total: 3 },
      { done: 3, total: 3 },
    ]);
    // The export copies: the device keeps sending its own requests.
    expect(await a.outbox.where('state').equals('queued').count()).toBe(1);
  });

  it('leaves nothing readable in the file but how to open it: no citizen, no metadata, no sealed request', async () => {
    const { a, rows } = await twoLaptops(2, 1);
    const { bytes } = await exportOutbox(a, PASSPHRASE, NOW);

    expect(canariesIn(bytes)).toEqual([]);
    const metadata = [
      'Ana Sousa', // the mediator
      'Espaço Cidadão de Arroios',
      SPOT.id,
      SPOT.name,
      DEVICE_ID,
      ...rows.flatMap((row) => [row.id, row.localRef, row.sealedDigest, row.sealed?.slice(0, 60) ?? '']),
    ];
    expect(canariesIn(bytes, metadata)).toEqual([]);
    // The photos' plaintext was never in it; their ciphertext is, but encrypted again.
    const photo = await a.attachments.toCollection().first();
    expect(includesBytes(bytes, photo?.ciphertext.slice(0, 32) ?? new Uint8Array([1]))).toBe(false);

    // The clear header: what opening it needs, the cost of a guess.
    const headerLine = new TextDecoder().decode(bytes.subarray(0, bytes.indexOf(0x0a)));
    const header = JSON.parse(headerLine) as Record<string, unknown>;
    expect(Object.keys(header).sort()).toEqual([
      'cipher',
      'format',
      'iterations',
      'iv',
      'kdf',
      'key',
      'keyIv',
      'salt',
      'v',
    ]);
    expect(header).toMatchObject({
      format: 'balcao-envios',
      v: 1,
      kdf: 'PBKDF2-SHA256',
      iterations: PBKDF2_ITERATIONS,
      cipher: 'AES-256-GCM',
    });
    expect(PBKDF2_ITERATIONS).toBe(600_000);

    // A fresh salt and iv every time: the same outbox twice is two unrelated files.
    const again = await exportOutbox(a, PASSPHRASE, NOW);
    const headerAgain = JSON.parse(new TextDecoder().decode(again.bytes.subarray(0, again.bytes.indexOf(0x0a))));
    expect(headerAgain.salt).not.toBe(header.salt);
    expect(headerAgain.iv).not.toBe(header.iv);
    expect(canariesIn(again.bytes, [CANARY_NAME, CANARY_NIF])).toEqual([]);
  });

  it(`refuses a passphrase under ${MIN_PASSPHRASE_CHARACTERS} characters, counted as the mediator sees them`, async () => {
    const { a } = await twoLaptops(1, 0);
    expect(await refusal(exportOutbox(a, 'castelo', NOW))).toBe('passphrase-too-short');
    // Nine code points as a keyboard may compose them, but seven characters on screen: «coração».
    const decomposed = 'corac\u0327a\u0303o';
    expect([...decomposed]).toHaveLength(9);
    expect(await refusal(exportOutbox(a, decomposed, NOW))).toBe('passphrase-too-short');
    expect((await exportOutbox(a, 'coração!', NOW)).requests).toBe(1);
  });

  it('says there is nothing to export when the hub has everything, and refuses on a device not enrolled', async () => {
    const { a, rows } = await twoLaptops(1, 0);
    await a.outbox.update(rows[0]?.id ?? '', { state: 'delivered', sealed: null });
    expect(await refusal(exportOutbox(a, PASSPHRASE, NOW))).toBe('nothing-to-export');
    await a.device.delete(DEVICE_ROW_ID);
    expect(await refusal(exportOutbox(a, PASSPHRASE, NOW))).toBe('not-enrolled');
  });

  it('names the file after its spot and day, safe on any file system', () => {
    expect(exportFileName('carrinha-teste', new Date(2026, 0, 9, 8).getTime())).toBe(
      'balcao-envios-carrinha-teste-2026-01-09.balcao',
    );
    expect(exportFileName('Lar São José/2', new Date(2026, 11, 31, 23).getTime())).toBe(
      'balcao-envios-lar-s-o-jos-2-2026-12-31.balcao',
    );
  });
});
