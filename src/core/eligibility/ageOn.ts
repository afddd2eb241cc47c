import { birthdayAt, compareIsoDays, parseIsoDay } from './isoDay.ts';

/**
 * Age in whole years on a given day: the years completed by then. A birthday on 29 February counts on 1 March in
 * years without one (see `birthdayAt`), so someone born 2000-02-29 turns 25 on 2025-03-01, not 2025-02-28.
 */
export function ageOn(birthDate: string, onDate: string): number {
  if (compareIsoDays(onDate, birthDate) < 0) {
    throw new RangeError(`born on ${birthDate}, after ${onDate}: no age yet`);
  }
  const age = parseIsoDay(onDate).year - parseIsoDay(birthDate).year;
  return compareIsoDays(onDate, birthdayAt(birthDate, age)) < 0 ? age - 1 : age;
}
