import { describe, expect, it } from 'vitest';
import { signInRetryAfterSeconds, type RateLimitPolicy } from './rate-limit.rules.js';

const policy: RateLimitPolicy = { windowSeconds: 900, perAccount: 3, perAddress: 5 };
const t0 = new Date('2026-01-01T00:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('signInRetryAfterSeconds', () => {
  it('allows attempts below the limit', () => {
    expect(signInRetryAfterSeconds(policy, { forAccount: [at(0), at(1)], forAddress: [] }, at(2))).toBe(0);
  });

  it('refuses at the limit until the oldest failure leaves the window, to the second', () => {
    const failures = { forAccount: [at(0), at(10), at(20)], forAddress: [] };
    expect(signInRetryAfterSeconds(policy, failures, at(20))).toBe(880);
    expect(signInRetryAfterSeconds(policy, failures, at(899))).toBe(1);
    // The failure at 0 counts while now < 900.
    expect(signInRetryAfterSeconds(policy, failures, at(900))).toBe(0);
  });

  it('applies the per-address limit across accounts', () => {
    const forAddress = [at(0), at(1), at(2), at(3), at(4)];
    expect(signInRetryAfterSeconds(policy, { forAccount: [], forAddress }, at(5))).toBe(895);
    expect(signInRetryAfterSeconds(policy, { forAccount: [], forAddress: forAddress.slice(1) }, at(5))).toBe(0);
  });
});
