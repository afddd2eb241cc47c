import { BalcaoDb } from '../../src/db/balcaoDb.ts';

let n = 0;
/** A new, empty device database (fake-indexeddb under vitest), closed and deleted by the returned cleanup. */
export function freshDb(): BalcaoDb {
  n += 1;
  return new BalcaoDb(`balcao-test-${process.pid}-${n}-${Date.now()}`);
}
