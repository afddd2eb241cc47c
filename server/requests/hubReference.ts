/**
 * The hub's reference for the `number`th request it received in `year`: `H-2026-000123`. Readable over
 * the phone and on the citizen's reprinted receipt; six digits with room to grow, so it still sorts
 * within a year for the few spots that might pass a million.
 */
export function hubReference(year: number, number: number): string {
  return `H-${year}-${String(number).padStart(6, '0')}`;
}
