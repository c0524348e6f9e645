// Per-user sliding-window rate limit with bounded memory: at most `maxTracked` users are remembered (least
// recently seen forgotten first), each with at most `limit` timestamps, however many users come.

export interface RateLimiterOptions {
  /** Requests allowed per window. */
  readonly limit: number;
  readonly windowMs: number;
  /** Users remembered at once; beyond it the least recently seen is forgotten (and so starts afresh). */
  readonly maxTracked: number;
  readonly now?: () => number;
}

export interface RateLimiter {
  /** True when `key` may go ahead (and counts it); false when it is over the limit (and counts nothing). */
  take(key: string): boolean;
  readonly tracked: number;
}

export function createRateLimiter({ limit, windowMs, maxTracked, now = Date.now }: RateLimiterOptions): RateLimiter {
  const seen = new Map<string, number[]>();
  return {
    take(key) {
      if (limit <= 0) return true;
      const at = now();
      const recent = (seen.get(key) ?? []).filter((t) => at - t < windowMs);
      const allowed = recent.length < limit;
      if (allowed) recent.push(at);
      // Re-inserting keeps the Map in least-recently-seen order, so the first key is the one to forget.
      seen.delete(key);
      seen.set(key, recent);
      while (seen.size > maxTracked) seen.delete(seen.keys().next().value ?? key);
      return allowed;
    },
    get tracked() {
      return seen.size;
    },
  };
}
