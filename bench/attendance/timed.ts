/** How long `work` takes, in ms, from the call to its promise settling. */
export async function timed(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
