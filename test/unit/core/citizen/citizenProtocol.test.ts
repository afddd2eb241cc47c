import { describe, expect, it } from 'vitest';
import {
  citizenMessageFor,
  isPair,
  mediatorMessageFor,
  newPair,
  TYPED_MAX_LENGTH,
} from '../../../../src/core/citizen/citizenProtocol.ts';

describe("the two screens' messages", () => {
  const pair = newPair();

  it('pairs with 128 random bits, never twice the same', () => {
    expect(isPair(pair)).toBe(true);
    expect(new Set(Array.from({ length: 100 }, newPair)).size).toBe(100);
    expect(isPair('')).toBe(false);
    expect(isPair('short')).toBe(false);
  });

  it("takes only its own pairing's messages: another tab's view or typing is ignored", () => {
    const other = newPair();
    expect(mediatorMessageFor(pair, { type: 'view', pair: other, view: { kind: 'idle' } })).toBeNull();
    expect(mediatorMessageFor(pair, { type: 'view', pair, view: { kind: 'idle' } })).toEqual({
      type: 'view',
      pair,
      view: { kind: 'idle' },
    });
    expect(citizenMessageFor(pair, { type: 'typed', pair: other, fieldId: 'nif', value: '1' })).toBeNull();
    expect(citizenMessageFor(pair, { type: 'hello', pair })).toEqual({ type: 'hello', pair });
  });

  it('refuses what is not a message of the protocol', () => {
    for (const data of [null, 'view', 42, { type: 'view', pair }, { type: 'typed', pair, fieldId: 'nif', value: 7 }])
      expect(mediatorMessageFor(pair, data) ?? citizenMessageFor(pair, data)).toBeNull();
    const long = 'x'.repeat(TYPED_MAX_LENGTH + 1);
    expect(citizenMessageFor(pair, { type: 'typed', pair, fieldId: 'nif', value: long })).toBeNull();
  });
});
