/** Failed sign-ins allowed inside one window before further attempts are refused. */
export interface RateLimitPolicy {
  readonly windowSeconds: number;
  readonly perAccount: number;
  readonly perAddress: number;
}

export const SIGN_IN_RATE_LIMIT: RateLimitPolicy = { windowSeconds: 15 * 60, perAccount: 5, perAddress: 20 };

/** The start of the window of failures that still count at `now`. */
export function rateLimitWindowStart(policy: RateLimitPolicy, now: Date): Date {
  return new Date(now.getTime() - policy.windowSeconds * 1000);
}

export interface RecentFailures {
  readonly forAccount: readonly Date[];
  readonly forAddress: readonly Date[];
}

/**
 * Seconds until the next attempt may be made, or 0 when it may be made now. A failure at instant f
 * counts while now < f + window; the attempt is refused while the count of counting failures is at the limit.
 */
export function signInRetryAfterSeconds(policy: RateLimitPolicy, failures: RecentFailures, now: Date): number {
  const windowMs = policy.windowSeconds * 1000;
  const wait = (times: readonly Date[], limit: number): number => {
    const counting = times
      .filter((t) => now.getTime() < t.getTime() + windowMs)
      .map((t) => t.getTime())
      .sort((a, b) => a - b);
    if (counting.length < limit) return 0;
    // The attempt becomes possible when enough of the oldest failures have left the window.
    const freeing = counting[counting.length - limit]!;
    return Math.ceil((freeing + windowMs - now.getTime()) / 1000);
  };
  return Math.max(wait(failures.forAccount, policy.perAccount), wait(failures.forAddress, policy.perAddress));
}
