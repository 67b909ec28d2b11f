/** A throughput limit: a burst of `burst` requests, then `perMinute` more each minute. */
export interface ThrottlePolicy {
  readonly burst: number;
  readonly perMinute: number;
}

/** A token bucket: `tokens` left at instant `at` (ms). */
export interface Bucket {
  readonly tokens: number;
  readonly at: number;
}

export type ThrottleDecision =
  { readonly allowed: true; readonly bucket: Bucket } | { readonly allowed: false; readonly retryAfterSeconds: number; readonly bucket: Bucket };

/**
 * Takes one request from a key's bucket at `nowMs`. A fresh key starts full; tokens refill
 * continuously at perMinute / 60 per second up to `burst`. Refused while less than one token is left;
 * `retryAfterSeconds` is the whole seconds until one is (at least 1).
 */
export function takeToken(policy: ThrottlePolicy, bucket: Bucket | undefined, nowMs: number): ThrottleDecision {
  const ratePerMs = policy.perMinute / 60_000;
  const elapsed = bucket === undefined ? 0 : Math.max(0, nowMs - bucket.at);
  const tokens = bucket === undefined ? policy.burst : Math.min(policy.burst, bucket.tokens + elapsed * ratePerMs);
  if (tokens >= 1) return { allowed: true, bucket: { tokens: tokens - 1, at: nowMs } };
  const waitMs = (1 - tokens) / ratePerMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), bucket: { tokens, at: nowMs } };
}
