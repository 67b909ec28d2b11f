import type { ResourceStatus, ResourceType } from '@licensing/schema/web';
import { formatDateTime, formatInDays } from '../common/format.js';
import { t } from '../i18n/i18n.js';

/**
 * SPEC 7's reminders: on these days before an expiry, then every day of the last DAILY_REMINDER_DAYS.
 * Banners show from the first reminder on, and grow more urgent with the later ones.
 */
export const REMINDER_DAYS = [45, 30, 15] as const;
export const DAILY_REMINDER_DAYS = 7;

/** How pressing an expiry is: expired and ≤ 7 days are red, ≤ 15 orange, ≤ 45 yellow. */
export type Urgency = 'expired' | 'critical' | 'warning' | 'notice';

export interface ExpiringResourceFacts {
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  readonly name: string;
  readonly status: ResourceStatus;
  readonly expiresAt: string;
  readonly daysLeft: number;
}

export function urgencyOf(resource: Pick<ExpiringResourceFacts, 'status' | 'daysLeft'>): Urgency {
  if (resource.status === 'EXPIRED' || resource.daysLeft <= 0) return 'expired';
  if (resource.daysLeft <= DAILY_REMINDER_DAYS) return 'critical';
  if (resource.daysLeft <= REMINDER_DAYS[2]) return 'warning';
  return 'notice';
}

/** Urgency → the banner's colour class (the words carry the same meaning for those who cannot see it). */
export const URGENCY_CLASS: Readonly<Record<Urgency, string>> = {
  expired: 'banner--expired',
  critical: 'banner--critical',
  warning: 'banner--warning',
  notice: 'banner--notice',
};

/** "Platform license expired on …" / "Agent Sales bot: license expires in 6 days, on …". */
export function bannerText(resource: ExpiringResourceFacts): string {
  const when = formatDateTime(resource.expiresAt);
  const expired = urgencyOf(resource) === 'expired';
  const values = { when, name: resource.name, days: resource.daysLeft, inDays: formatInDays(resource.daysLeft) };
  if (resource.resourceType === 'PLATFORM') return t(expired ? 'banner.platform.expired' : 'banner.platform.expires', values);
  return t(expired ? 'banner.agent.expired' : 'banner.agent.expires', values);
}

/** Most urgent first: expired ones, then the soonest expiry; the platform first on a tie. */
export function byUrgency(a: ExpiringResourceFacts, b: ExpiringResourceFacts): number {
  const expiredA = urgencyOf(a) === 'expired' ? 0 : 1;
  const expiredB = urgencyOf(b) === 'expired' ? 0 : 1;
  if (expiredA !== expiredB) return expiredA - expiredB;
  const time = Date.parse(a.expiresAt) - Date.parse(b.expiresAt);
  if (time !== 0) return time;
  return (a.resourceType === 'PLATFORM' ? 0 : 1) - (b.resourceType === 'PLATFORM' ? 0 : 1);
}

/** The key a dismissal is stored under. */
export function bannerKey(resource: Pick<ExpiringResourceFacts, 'resourceType' | 'resourceId'>): string {
  return `${resource.resourceType}:${resource.resourceId}`;
}
