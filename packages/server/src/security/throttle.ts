import { takeToken, type Bucket, type ThrottlePolicy } from './throttle.rules.js';

const MAX_KEYS = 100_000;

/**
 * Per-key token buckets in this process's memory. With several replicas each keeps its own, so a
 * client spread over N replicas gets up to N times the rate: acceptable for a throughput guard
 * (sign-in guessing, which must hold across replicas, is counted in PostgreSQL instead).
 */
export class Throttle {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly policy: ThrottlePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the request may go ahead, else the seconds to wait. A policy of 0 per minute is off. */
  take(key: string): number {
    if (this.policy.perMinute === 0) return 0;
    const decision = takeToken(this.policy, this.buckets.get(key), this.now());
    // A bound on memory, not an eviction policy: a cleared key starts with a full burst again.
    if (!this.buckets.has(key) && this.buckets.size >= MAX_KEYS) this.buckets.clear();
    this.buckets.set(key, decision.bucket);
    return decision.allowed ? 0 : decision.retryAfterSeconds;
  }
}
