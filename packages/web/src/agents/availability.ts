import { formatDateTime } from '../common/format.js';
import { t } from '../i18n/i18n.js';

interface AvailabilityFacts {
  readonly status: 'ACTIVE' | 'EXPIRED' | 'UNLICENSED';
  readonly permanent: boolean;
  readonly expiresAt?: string | null;
  readonly daysLeft?: number | null;
}

/** An agent's "available until" in words: "Until 3 Mar 2027, 14:00 (30 days left)", "Permanently", … */
export function availabilityText(agent: AvailabilityFacts): string {
  if (agent.permanent) return t('availability.permanent');
  if (agent.status === 'UNLICENSED' || agent.expiresAt == null) return t('availability.notLicensed');
  if (agent.status === 'EXPIRED') return t('availability.expiredOn', { when: formatDateTime(agent.expiresAt) });
  return t('availability.until', { when: formatDateTime(agent.expiresAt), days: agent.daysLeft ?? 0 });
}
