// Promise-based waiting on the server's state: re-checked on every change (request, answer,
// gateway frame) rather than polled, and always bounded by a timeout.

interface Waiter {
  check: () => void;
  fail: (error: Error) => void;
}

export class Waiters {
  private readonly waiting = new Set<Waiter>();

  notify(): void {
    for (const waiter of [...this.waiting]) waiter.check();
  }

  /** Resolves once `condition` holds; rejects with `describe()` after `timeoutMs`. */
  until(condition: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
    return this.settled(condition, () => 0, 0, timeoutMs, describe);
  }

  /**
   * Resolves once `condition` holds and `fingerprint` has stayed the same for `settleMs`, so
   * late edits and follow-ups are caught before the test looks.
   */
  settled(condition: () => boolean, fingerprint: () => unknown, settleMs: number, timeoutMs: number, describe: () => string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settleTimer: NodeJS.Timeout | undefined;
      let lastPrint: unknown = Symbol('unset');
      const finish = (error?: Error): void => {
        clearTimeout(timeout);
        clearTimeout(settleTimer);
        this.waiting.delete(waiter);
        if (error) reject(error);
        else resolve();
      };
      const waiter: Waiter = {
        check: () => {
          if (!condition()) return;
          const print = fingerprint();
          if (settleTimer && print === lastPrint) return;
          lastPrint = print;
          clearTimeout(settleTimer);
          settleTimer = setTimeout(() => {
            settleTimer = undefined;
            if (condition()) finish();
          }, settleMs);
        },
        fail: error => finish(error),
      };
      const timeout = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms: ${describe()}`)), timeoutMs);
      this.waiting.add(waiter);
      waiter.check();
    });
  }

  /** Ends every pending wait, e.g. when the server closes under a test. */
  failAll(reason: string): void {
    for (const waiter of [...this.waiting]) waiter.fail(new Error(reason));
  }
}
