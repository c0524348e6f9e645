import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/core/rateLimiter.js';

describe('the per-user rate limit', () => {
  it('lets a user through up to the limit per window, then refuses until the window has passed', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 5, windowMs: 10_000, maxTracked: 100, now: () => now });
    expect(Array.from({ length: 7 }, () => limiter.take('alice'))).toEqual([true, true, true, true, true, false, false]);
    expect(limiter.take('bob')).toBe(true);
    now = 9_999;
    expect(limiter.take('alice')).toBe(false);
    now = 10_000;
    expect(limiter.take('alice')).toBe(true);
  });

  it('does not count refused requests against the window', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000, maxTracked: 10, now: () => now });
    limiter.take('u');
    now = 500;
    expect(limiter.take('u')).toBe(false);
    now = 1_000;
    expect(limiter.take('u')).toBe(true);
  });

  it('is off at limit 0', () => {
    const limiter = createRateLimiter({ limit: 0, windowMs: 1_000, maxTracked: 10 });
    expect(Array.from({ length: 100 }, () => limiter.take('u')).every(Boolean)).toBe(true);
  });

  it('keeps memory bounded however many users come (100,000 distinct ids)', () => {
    const limiter = createRateLimiter({ limit: 5, windowMs: 10_000, maxTracked: 5_000 });
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100_000; i += 1) limiter.take(`user-${i}`);
    // The bound is structural: never more users than maxTracked, never more than `limit` timestamps each.
    expect(limiter.tracked).toBe(5_000);
    // Heap figures include garbage not yet collected, so this bound is loose; it still catches a map of 100,000.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024);
    console.log(`100,000 users: ${limiter.tracked} tracked, heap +${((process.memoryUsage().heapUsed - before) / 1024 / 1024).toFixed(1)} MB`);
  });
});
