// Promise-based waiting on the server's state: re-checked on every change (request, answer,
// gateway frame) rather than polled, and always bounded by a timeout.
//
// A waiter may be keyed to one object (an interaction record): it is re-checked only when that
// object is announced as changed, so one answer costs one check, not one per pending wait. Waiters
// without a key may depend on anything and are re-checked on every change.

interface Waiter {
  check: () => void;
  fail: (error: Error) => void;
}

export class Waiters {
  private readonly unkeyed = new Set<Waiter>();
  private readonly keyed = new Map<object, Set<Waiter>>();

  /** Something changed: re-checks the unkeyed waiters, and those keyed to `key` when given. */
  notify(key?: object): void {
    if (key !== undefined) {
      const forKey = this.keyed.get(key);
      if (forKey) for (const waiter of [...forKey]) waiter.check();
    }
    if (this.unkeyed.size > 0) for (const waiter of [...this.unkeyed]) waiter.check();
  }

  /** Resolves once `condition` holds; rejects with `describe()` after `timeoutMs`. */
  until(condition: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
    return this.settled(condition, () => 0, 0, timeoutMs, describe);
  }

  /**
   * Resolves once `condition` holds and `fingerprint` has stayed the same for `settleMs`, so
   * late edits and follow-ups are caught before the test looks.
   * @param key when given, `condition` and `fingerprint` depend only on this object, and every
   *   change to it is announced with `notify(key)`.
   */
  settled(condition: () => boolean, fingerprint: () => unknown, settleMs: number, timeoutMs: number, describe: () => string, key?: object): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settleTimer: NodeJS.Timeout | undefined;
      let lastPrint: unknown = Symbol('unset');
      const finish = (error?: Error): void => {
        clearTimeout(timeout);
        clearTimeout(settleTimer);
        this.remove(waiter, key);
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
      this.add(waiter, key);
      waiter.check();
    });
  }

  /** Ends every pending wait, e.g. when the server closes under a test. */
  failAll(reason: string): void {
    const all = [...this.unkeyed, ...[...this.keyed.values()].flatMap(waiters => [...waiters])];
    for (const waiter of all) waiter.fail(new Error(reason));
  }

  private add(waiter: Waiter, key: object | undefined): void {
    if (key === undefined) {
      this.unkeyed.add(waiter);
      return;
    }
    const forKey = this.keyed.get(key);
    if (forKey) forKey.add(waiter);
    else this.keyed.set(key, new Set([waiter]));
  }

  private remove(waiter: Waiter, key: object | undefined): void {
    if (key === undefined) {
      this.unkeyed.delete(waiter);
      return;
    }
    const forKey = this.keyed.get(key);
    if (!forKey) return;
    forKey.delete(waiter);
    if (forKey.size === 0) this.keyed.delete(key);
  }
}
