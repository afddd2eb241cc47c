/** One figure of `npm run bench`, beside the baseline it is compared with when there is one. */
export interface BenchLine {
  bench: string;
  value: number;
  unit: string;
  baseline?: string;
  baselineValue?: number;
  /** `value / baselineValue`: below 1 is faster than the baseline. */
  ratio?: number;
}
