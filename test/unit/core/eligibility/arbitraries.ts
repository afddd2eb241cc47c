import fc from 'fast-check';

/** A calendar day between two ISO days, inclusive, as `YYYY-MM-DD`. */
export function isoDayBetween(from: string, to: string): fc.Arbitrary<string> {
  const day = 86_400_000;
  return fc
    .integer({ min: Date.parse(`${from}T00:00:00Z`) / day, max: Date.parse(`${to}T00:00:00Z`) / day })
    .map((n) => new Date(n * day).toISOString().slice(0, 10));
}
