// unlock-ms (issue 3): what a mediator waits between typing the secret and the session opening,
// PBKDF2-SHA256 at 600,000 iterations, unwrapping the data key and resetting the failure count, through
// the same unlockMediator the app calls. Beside it, PBKDF2 alone (deriveBits) at the same iterations: the
// cost we choose to pay, so the ratio shows what the rest of the unlock adds on top.
import { pathToFileURL } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { BalcaoDb } from '../src/db/balcaoDb.ts';
import { createMediator } from '../src/db/secure/createMediator.ts';
import { PBKDF2_ITERATIONS, SALT_BYTES } from '../src/db/secure/mediatorKeys.ts';
import { unlockMediator } from '../src/db/secure/unlockMediator.ts';
import type { BenchLine } from './BenchLine.ts';
import { median } from './median.ts';

const SECRET = 'uma frase-passe de mediador';

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export async function benchUnlock(runs = Number(process.env.BENCH_UNLOCKS ?? 7)): Promise<BenchLine[]> {
  const count = Math.max(5, runs);
  // IndexedDB in memory (Node has none): the database's share of an unlock is one read and one write.
  const db = new BalcaoDb('balcao-bench-unlock', { indexedDB: new IDBFactory(), IDBKeyRange });
  try {
    const { mediator } = await createMediator(
      db,
      { name: 'Bench', secret: SECRET, kind: 'passphrase' },
      { allowPin: false, iterations: PBKDF2_ITERATIONS },
    );
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(SECRET), 'PBKDF2', false, [
      'deriveBits',
    ]);
    const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
    const raw = () =>
      crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS }, material, 256);
    const unlock = async () => {
      const outcome = await unlockMediator(db, mediator.id, SECRET, Date.now());
      if (!outcome.ok) throw new Error(`unlock failed: ${outcome.reason}`);
    };

    // Interleaved, so a machine that slows down mid-run slows both alike.
    const unlocks: number[] = [];
    const raws: number[] = [];
    await unlock();
    await raw();
    for (let i = 0; i < count; i += 1) {
      unlocks.push(await time(unlock));
      raws.push(await time(raw));
    }
    const value = median(unlocks);
    const baselineValue = median(raws);
    return [
      {
        bench: 'unlock-ms',
        value: Math.round(value * 10) / 10,
        unit: 'ms',
        baseline: 'pbkdf2-600k-raw',
        baselineValue: Math.round(baselineValue * 10) / 10,
        ratio: value / baselineValue,
      },
    ];
  } finally {
    await db.delete();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchUnlock()) console.log(JSON.stringify(line));
}
