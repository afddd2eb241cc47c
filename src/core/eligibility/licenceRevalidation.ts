import { ageOn } from './ageOn.ts';
import { addMonths, addYears, compareIsoDays, formatIsoDay, parseIsoDay } from './isoDay.ts';
import { type LicenceRegime, licenceRegime, revalidationDays } from './licenceRegimes.ts';

export interface LicenceFacts {
  /** The day the driver was first licensed (it picks the regime; see `LICENCE_REGIMES`). */
  issuedOn: string;
  birthDate: string;
  /** The day of the attendance, from the caller's clock. */
  today: string;
  /**
   * The validity printed on the card. Needed for licences first issued 2 Jan 2013 – 29 Jul 2016, whose due day is
   * the card's own; ignored for the other regimes, whose due days follow from the law (pre-2013 cards may even
   * print a date that no longer holds: standvirtual.com, "esqueça a data … que aí vem assinalada").
   */
  cardExpiresOn?: string;
  /** The day of the last revalidation, when there has been one since first licensing. */
  lastRevalidatedOn?: string;
}

export type RevalidationStatus =
  /** More than 6 months before the due day: too early to revalidate. */
  | 'not-yet'
  /** Within the 6 months before the due day: it can be revalidated now. */
  | 'open'
  /** Lapsed less than 2 years ago: it can still be revalidated, with no exam (but it may not be used to drive). */
  | 'overdue'
  /** Lapsed 2 to 5 years ago: revalidation needs a practical driving exam. */
  | 'overdue-exam'
  /**
   * Lapsed more than 5 years ago. INTERPRETED (not in the cited source, which stops at 5 years): the licence can no
   * longer be revalidated; the citizen must qualify again for a new licence, exams included, and IMT confirms.
   */
  | 'overdue-lost';

export type LicenceRevalidation =
  | {
      status: RevalidationStatus;
      regime: LicenceRegime;
      /** The day the licence lapses (it is valid until the day before). */
      dueOn: string;
      /** 6 months before `dueOn`: the first day a revalidation is accepted. */
      windowOpensOn: string;
      /** 2 years after `dueOn`: from this day a practical exam is needed. */
      examFrom: string;
      /** 5 years after `dueOn`: after this day the licence is lost. */
      lostAfter: string;
      ageAtDue: number;
      ageToday: number;
      halfFee: boolean;
    }
  | {
      /** The due day is printed on the card and was not given: read it there. */
      status: 'unknown';
      regime: '2013-2016';
      ageToday: number;
      halfFee: boolean;
    };

export const WINDOW_MONTHS = 6;
export const EXAM_AFTER_YEARS = 2;
export const LOST_AFTER_YEARS = 5;
/** Half fee (€15 instead of €30 at a spot, service row #9 of the domain README). */
export const HALF_FEE_AGE = 70;

/**
 * Is a driving licence due for revalidation, and on what terms. Two choices, both INTERPRETED:
 * - Half fee goes by the age on the day of the request (`today`), not at the due day: the fee is charged when the
 *   request is made, and the catalog's fee rule takes the age then. A 69-year-old revalidating early, in the window
 *   before the 70th birthday, pays the full fee; a 71-year-old whose licence lapsed at 70 pays half.
 * - Which due day counts: with no `lastRevalidatedOn`, the first due day after first licensing (the licence was
 *   never revalidated). With it, a revalidation settles every due day whose 6-month window had opened by then, so
 *   the licence falls due on the first due day more than 6 months after it (an early renewal in the window covers
 *   that due day; a late one covers the lapsed one).
 */
export function licenceRevalidation(facts: LicenceFacts): LicenceRevalidation {
  const { issuedOn, birthDate, today, lastRevalidatedOn } = facts;
  const ageToday = ageOn(birthDate, today);
  if (compareIsoDays(issuedOn, birthDate) < 0) throw new RangeError(`licensed on ${issuedOn}, before birth`);
  if (compareIsoDays(today, issuedOn) < 0) throw new RangeError(`licensed on ${issuedOn}, after ${today}`);
  if (lastRevalidatedOn !== undefined) {
    if (compareIsoDays(lastRevalidatedOn, issuedOn) < 0 || compareIsoDays(today, lastRevalidatedOn) < 0) {
      throw new RangeError(`last revalidated on ${lastRevalidatedOn}: not between ${issuedOn} and ${today}`);
    }
  }
  const halfFee = ageToday >= HALF_FEE_AGE;
  const regime = licenceRegime(issuedOn);
  let dueOn: string;
  if (regime === '2013-2016') {
    if (facts.cardExpiresOn === undefined) return { status: 'unknown', regime, ageToday, halfFee };
    dueOn = formatIsoDay(parseIsoDay(facts.cardExpiresOn));
  } else {
    const settledUpTo = lastRevalidatedOn === undefined ? issuedOn : addMonths(lastRevalidatedOn, WINDOW_MONTHS);
    dueOn = firstAfter(revalidationDays(regime, issuedOn, birthDate), settledUpTo);
  }
  const windowOpensOn = addMonths(dueOn, -WINDOW_MONTHS);
  const examFrom = addYears(dueOn, EXAM_AFTER_YEARS);
  const lostAfter = addYears(dueOn, LOST_AFTER_YEARS);
  return {
    status: statusOn(today, { dueOn, windowOpensOn, examFrom, lostAfter }),
    regime,
    dueOn,
    windowOpensOn,
    examFrom,
    lostAfter,
    ageAtDue: ageOn(birthDate, dueOn),
    ageToday,
    halfFee,
  };
}

function firstAfter(days: Iterable<string>, after: string): string {
  // The schedule never ends (every 2 years after 70), so this always returns.
  for (const day of days) if (compareIsoDays(day, after) > 0) return day;
  throw new Error('unreachable: the revalidation schedule is endless');
}

/**
 * INTERPRETED edges: "within the 6 months" includes the day the window opens; "expired 2–5 years" starts on the
 * second anniversary of the due day and includes the fifth; "more than 5 years" starts the day after the fifth.
 */
function statusOn(
  today: string,
  d: { dueOn: string; windowOpensOn: string; examFrom: string; lostAfter: string },
): RevalidationStatus {
  if (compareIsoDays(today, d.windowOpensOn) < 0) return 'not-yet';
  if (compareIsoDays(today, d.dueOn) < 0) return 'open';
  if (compareIsoDays(today, d.examFrom) < 0) return 'overdue';
  if (compareIsoDays(today, d.lostAfter) <= 0) return 'overdue-exam';
  return 'overdue-lost';
}
