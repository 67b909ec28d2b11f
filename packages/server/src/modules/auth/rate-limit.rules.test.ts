import { describe, expect, it } from 'vitest';
import { signInRetryAfterSeconds, type RateLimitPolicy } from './rate-limit.rules.js';

const policy: RateLimitPolicy = { windowSeconds: 900, freePerPair: 3, backoffSeconds: 10, maxBackoffSeconds: 60, perAddress: 5 };
const t0 = new Date('2026-01-01T00:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const pairOnly = (...seconds: number[]) => ({ forPair: seconds.map(at), forAddress: [] });

describe('signInRetryAfterSeconds', () => {
  it('allows attempts below the free failures of a pair', () => {
    expect(signInRetryAfterSeconds(policy, pairOnly(0, 1), at(2))).toBe(0);
  });

  it('backs off after the free failures, from the latest failure, to the second', () => {
    // 3 failures: wait 10 s after the latest (at 20).
    expect(signInRetryAfterSeconds(policy, pairOnly(0, 10, 20), at(20))).toBe(10);
    expect(signInRetryAfterSeconds(policy, pairOnly(0, 10, 20), at(29))).toBe(1);
    expect(signInRetryAfterSeconds(policy, pairOnly(0, 10, 20), at(30))).toBe(0);
  });

  it('doubles the backoff with each further failure, up to the maximum', () => {
    expect(signInRetryAfterSeconds(policy, pairOnly(0, 1, 2, 40), at(40))).toBe(20);
    expect(signInRetryAfterSeconds(policy, pairOnly(0, 1, 2, 40, 60), at(60))).toBe(40);
    expect(signInRetryAfterSeconds(policy, pairOnly(0, 1, 2, 40, 60, 100), at(100))).toBe(60);
    expect(signInRetryAfterSeconds(policy, pairOnly(0, 1, 2, 40, 60, 100, 160, 220), at(220))).toBe(60);
  });

  it('forgets pair failures that left the window: the failure at 0 counts while now < 900', () => {
    expect(signInRetryAfterSeconds(policy, pairOnly(0, 895, 896), at(899))).toBe(7);
    expect(signInRetryAfterSeconds(policy, pairOnly(0, 895, 896), at(900))).toBe(0);
  });

  it('never locks the account as such: failures from other addresses are not counted for this one', () => {
    // The caller counts failures of this (account, address) only; many from elsewhere do not appear here.
    expect(signInRetryAfterSeconds(policy, { forPair: [], forAddress: [] }, at(0))).toBe(0);
  });

  it('applies the per-address limit across accounts until the oldest leaves the window', () => {
    const forAddress = [at(0), at(1), at(2), at(3), at(4)];
    expect(signInRetryAfterSeconds(policy, { forPair: [], forAddress }, at(5))).toBe(895);
    expect(signInRetryAfterSeconds(policy, { forPair: [], forAddress }, at(899))).toBe(1);
    expect(signInRetryAfterSeconds(policy, { forPair: [], forAddress }, at(900))).toBe(0);
    expect(signInRetryAfterSeconds(policy, { forPair: [], forAddress: forAddress.slice(1) }, at(5))).toBe(0);
  });

  it('answers the longer of the two waits', () => {
    const forAddress = [at(0), at(1), at(2), at(3), at(4)];
    expect(signInRetryAfterSeconds(policy, { forPair: [at(2), at(3), at(4)], forAddress }, at(5))).toBe(895);
  });
});
