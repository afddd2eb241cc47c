/**
 * The spots served so far are on the mainland (and Madeira), on Lisbon's calendar. A spot in the Azores
 * (an hour behind) would need its zone in the spot's profile: until then, requests there near midnight
 * would be dated by Lisbon's day.
 */
export const SPOT_TIME_ZONE = 'Europe/Lisbon';

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: SPOT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) at the spot at `epochMs`: ages and fees are judged on it. */
export function spotDay(epochMs: number): string {
  return DAY.format(epochMs);
}
