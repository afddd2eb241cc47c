/** One benchmark's rounds as the page measured them, in ms, the app's and its baseline's turn about. */
export interface Timings {
  /** What was measured, in a few words, for the log. */
  subject: string;
  app: number[];
  baseline: number[];
}
