// The settling of a batch's answer (its receipts verified, its rows written), left to run while the next
// batch goes: on a thin link that work would otherwise sit between two uploads. One at a time: the next
// waits for the one before, and the drain waits for the last one before it ends.
export class SettleLater {
  private next: (() => Promise<void>) | null = null;
  private running: Promise<unknown> = Promise.resolve(null);

  /** Keeps `work` for start(); the sender calls it once the next batch is leased, so the two do not queue. */
  defer(work: () => Promise<void>): void {
    this.next = work;
  }

  /** Starts what was deferred, if anything; call it after finished() answered. */
  start(): void {
    const work = this.next;
    this.next = null;
    if (work) {
      this.running = work().then(
        () => null,
        (error: unknown) => error ?? new Error('a deferred settling failed'),
      );
    }
  }

  /** Waits for the settling that runs; answers its failure, or null. */
  async finished(): Promise<unknown> {
    const failed = await this.running;
    this.running = Promise.resolve(null);
    return failed;
  }

  /** Forgets what was deferred and not started (the device was wiped: nothing is left to write to). */
  drop(): void {
    this.next = null;
  }
}
