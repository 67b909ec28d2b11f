/**
 * Sign-in throttling. Failures count per (account, address) and per address, never per account alone:
 * a hard per-account lock lets anyone lock out any user by guessing from anywhere, while here wrong
 * passwords from one address leave the account open from every other one.
 */
export interface RateLimitPolicy {
  /** How long a failure counts. */
  readonly windowSeconds: number;
  /** Failures of one (account, address) pair before backoff starts. */
  readonly freePerPair: number;
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  readonly backoffSeconds: number;
  readonly maxBackoffSeconds: number;
  /** Failures from one address, across accounts, before it must wait for the oldest to leave the window. */
  readonly perAddress: number;
}

export const SIGN_IN_RATE_LIMIT: RateLimitPolicy = { windowSeconds: 15 * 60, freePerPair: 5, backoffSeconds: 30, maxBackoffSeconds: 15 * 60, perAddress: 20 };

/** The start of the window of failures that still count at `now`. */
export function rateLimitWindowStart(policy: RateLimitPolicy, now: Date): Date {
  return new Date(now.getTime() - policy.windowSeconds * 1000);
}

export interface RecentFailures {
  /** This account from this address. */
  readonly forPair: readonly Date[];
  /** This address, any account. */
  readonly forAddress: readonly Date[];
}

/**
 * Seconds until the next attempt may be made, or 0 when it may be made now. A failure at instant f
 * counts while now < f + window.
 * - Pair: with n counting failures, n ≥ freePerPair, the next attempt waits until the latest failure
 *   plus min(max, backoff × 2^(n − freePerPair)).
 * - Address: refused while the counting failures are at perAddress, until enough of the oldest leave.
 */
export function signInRetryAfterSeconds(policy: RateLimitPolicy, failures: RecentFailures, now: Date): number {
  const windowMs = policy.windowSeconds * 1000;
  const counting = (times: readonly Date[]): number[] =>
    times
      .map((t) => t.getTime())
      .filter((t) => now.getTime() < t + windowMs)
      .sort((a, b) => a - b);
  const secondsUntil = (instantMs: number): number => Math.max(0, Math.ceil((instantMs - now.getTime()) / 1000));

  const pair = counting(failures.forPair);
  let pairWait = 0;
  if (pair.length >= policy.freePerPair) {
    const backoffSeconds = Math.min(policy.maxBackoffSeconds, policy.backoffSeconds * 2 ** (pair.length - policy.freePerPair));
    pairWait = secondsUntil(pair[pair.length - 1]! + backoffSeconds * 1000);
  }

  const address = counting(failures.forAddress);
  // The attempt becomes possible when enough of the oldest failures have left the window.
  const addressWait = address.length < policy.perAddress ? 0 : secondsUntil(address[address.length - policy.perAddress]! + windowMs);
  return Math.max(pairWait, addressWait);
}
