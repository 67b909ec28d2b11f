import { formatDateTime, pluralDays } from '../common/format.js';

interface AvailabilityFacts {
  readonly status: 'ACTIVE' | 'EXPIRED' | 'UNLICENSED';
  readonly permanent: boolean;
  readonly expiresAt?: string | null;
  readonly daysLeft?: number | null;
}

/** An agent's "available until" in words: "Until 3 Mar 2027, 14:00 (30 days left)", "Permanently", … */
export function availabilityText(agent: AvailabilityFacts): string {
  if (agent.permanent) return 'Permanently';
  if (agent.status === 'UNLICENSED' || agent.expiresAt == null) return 'Not licensed yet';
  if (agent.status === 'EXPIRED') return `Expired on ${formatDateTime(agent.expiresAt)}`;
  return `Until ${formatDateTime(agent.expiresAt)} (${pluralDays(agent.daysLeft ?? 0)} left)`;
}
