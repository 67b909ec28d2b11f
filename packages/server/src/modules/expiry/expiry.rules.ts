import { DAY_MS } from '@licensing/lcs';

/**
 * SPEC 2 as pure functions: what a platform or an agent holds, and its status at `now`. Every module
 * that shows or checks a resource's license reads these; no ORM, no I/O.
 */
export type ResourceStatus = 'UNLICENSED' | 'ACTIVE' | 'EXPIRED';

/** What a platform or an agent holds: never licensed, an expiry instant, or permanent. */
export interface ResourceLicense {
  readonly expiresAt: Date | null;
  readonly permanent: boolean;
}

export const UNLICENSED: ResourceLicense = { expiresAt: null, permanent: false };

/** SPEC 2: ACTIVE while now < E (or permanent), EXPIRED from E on, UNLICENSED when never licensed. */
export function resourceStatus(resource: ResourceLicense, now: Date): ResourceStatus {
  if (resource.permanent) return 'ACTIVE';
  if (resource.expiresAt === null) return 'UNLICENSED';
  return now.getTime() < resource.expiresAt.getTime() ? 'ACTIVE' : 'EXPIRED';
}

/** SPEC 2: ceil((E - now) / day) while active and timed; 0 when expired; null when permanent or unlicensed. */
export function daysLeft(resource: ResourceLicense, now: Date): number | null {
  if (resource.permanent || resource.expiresAt === null) return null;
  const remaining = resource.expiresAt.getTime() - now.getTime();
  return remaining > 0 ? Math.ceil(remaining / DAY_MS) : 0;
}

/** True when a license change moved a resource's expiry later or made it permanent (a RENEWED event). */
export function expiryMovedLater(before: ResourceLicense, after: ResourceLicense): boolean {
  if (before.permanent) return false;
  if (after.permanent) return true;
  return after.expiresAt !== null && (before.expiresAt === null || after.expiresAt.getTime() > before.expiresAt.getTime());
}
