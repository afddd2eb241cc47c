/** A clock a test moves by hand, for expiry (codes, nonces) without waiting. */
export function fakeClock(start = new Date('2026-03-02T09:00:00.000Z')) {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance(ms: number) {
      at += ms;
    },
  };
}
