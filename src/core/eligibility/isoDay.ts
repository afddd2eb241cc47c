// Calendar days as ISO strings `YYYY-MM-DD`, with no time of day and no time zone: each is read as a UTC day, so
// "today" is whatever day the caller says it is, and no clock or zone inside the core can move it.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DayParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads `YYYY-MM-DD`; a malformed or impossible day (2023-02-29, 2024-13-01) is a RangeError, never a guess. */
export function parseIsoDay(value: string): DayParts {
  const match = ISO_DAY.exec(value);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`not a calendar day (YYYY-MM-DD): "${value}"`);
  }
  return { year, month, day };
}

export function formatIsoDay({ year, month, day }: DayParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Moves a day by whole calendar months (negative goes back). When the target month has no such day, the period
 * ends on that month's last day — the rule of the Portuguese Civil Code for periods in months or years
 * (Código Civil, art. 279.º, al. c)): 31 Aug − 6 months is 28/29 Feb; 29 Feb 2024 + 2 years is 28 Feb 2026.
 */
export function addMonths(isoDay: string, months: number): string {
  const { year, month, day } = parseIsoDay(isoDay);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = (index % 12) + 1;
  return formatIsoDay({ year: toYear, month: toMonth, day: Math.min(day, daysInMonth(toYear, toMonth)) });
}

export function addYears(isoDay: string, years: number): string {
  return addMonths(isoDay, years * 12);
}

/**
 * The day someone born on `birthDate` turns `age`. Rule chosen for 29 February: in a year without one, the
 * birthday counts on 1 March — the person has not completed the year until 28 February is over. (This is the
 * common reading for coming of age; it differs on purpose from `addYears`, which ends periods on 28 February.)
 */
export function birthdayAt(birthDate: string, age: number): string {
  const { year, month, day } = parseIsoDay(birthDate);
  const toYear = year + age;
  if (month === 2 && day === 29 && daysInMonth(toYear, 2) === 28)
    return formatIsoDay({ year: toYear, month: 3, day: 1 });
  return formatIsoDay({ year: toYear, month, day });
}

/** Negative, zero or positive as `a` is before, the same as or after `b`. ISO days sort as text. */
export function compareIsoDays(a: string, b: string): number {
  parseIsoDay(a);
  parseIsoDay(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  try {
    parseIsoDay(value);
    return true;
  } catch {
    return false;
  }
}
