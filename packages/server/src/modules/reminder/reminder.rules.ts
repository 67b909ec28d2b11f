import { DAY_MS } from '@licensing/lcs';

/**
 * SPEC 7. For expiry E and threshold T the reminder window is [E - T days, E - T' days), T' being the
 * next smaller threshold (0 after the smallest). `thresholds` are distinct whole days, largest first.
 * Returns the threshold whose window contains `now`, or null (before the first window, or from E on).
 * A window the server missed is simply never returned once the next one has begun.
 */
export function dueThreshold(expiresAt: Date, thresholds: readonly number[], now: Date): number | null {
  const left = expiresAt.getTime() - now.getTime();
  for (let i = 0; i < thresholds.length; i += 1) {
    const t = thresholds[i]!;
    const next = thresholds[i + 1] ?? 0;
    // now in [E - t, E - next)  <=>  E - now in (next, t]
    if (left <= t * DAY_MS && left > next * DAY_MS) return t;
  }
  return null;
}

/** True from E on: the moment the one EXPIRED event becomes due (SPEC 7, "even late"). */
export function expiryDue(expiresAt: Date, now: Date): boolean {
  return now.getTime() >= expiresAt.getTime();
}

/** How far ahead the sweep must look for resources whose first window may have begun. */
export function lookaheadMs(thresholds: readonly number[]): number {
  return Math.max(0, ...thresholds) * DAY_MS;
}

/** SPEC 7: resources shown as banners — expired, or expiring within `withinDays` — most urgent first. */
export function isExpiringWithin(expiresAt: Date, withinDays: number, now: Date): boolean {
  return expiresAt.getTime() - now.getTime() <= withinDays * DAY_MS;
}
