/** The nearest-rank percentile (`rank` 0.95 for p95), to the microsecond. */
export function percentile(times: readonly number[], rank: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length * rank)] ?? Number.NaN) * 1000) / 1000;
}
