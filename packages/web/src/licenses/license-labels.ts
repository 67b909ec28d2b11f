import type { LicenseMode, LicenseStatus, LicenseType } from '@licensing/schema/web';
import { formatDate, formatDateTime, pluralDays } from '../common/format.js';

export const LICENSE_TYPE_LABELS: Readonly<Record<LicenseType, string>> = {
  PLATFORM: 'Platform',
  AGENT: 'Agent',
  PLATFORM_UNLIMITED_AGENTS: 'Platform, unlimited agents',
};

export const LICENSE_MODE_LABELS: Readonly<Record<LicenseMode, string>> = {
  SUBSCRIPTION: 'Subscription',
  BUYOUT: 'Buyout',
  TEST: 'Test',
};

interface ValidityFacts {
  readonly permanent: boolean;
  readonly validityDays?: number | null;
  readonly autoGranted?: boolean;
}

/** "365 days", "Permanent", or "Granted" for auto-granted rows (their window is the unlimited one's). */
export function validityText(license: ValidityFacts): string {
  if (license.permanent) return 'Permanent';
  if (license.validityDays != null) return pluralDays(license.validityDays);
  return license.autoGranted ? 'Granted by unlimited license' : '—';
}

interface CoverageFacts {
  readonly status: LicenseStatus;
  readonly permanent: boolean;
  readonly startsAt?: string | null;
  /** The server says the window starts later than its now (its clock, not the browser's). */
  readonly queued?: boolean;
  readonly endsAt?: string | null;
  readonly activateBy?: string | null;
  readonly agent?: { readonly id: string } | null;
}

/**
 * The window a certificate covers, in words: "starts on …" for one queued after the current expiry
 * (SPEC 3.1), "until …" once running, and why there is none when there is none.
 */
export function coverageText(license: CoverageFacts): string {
  const { startsAt, endsAt, queued } = license;
  if (startsAt != null) {
    if (endsAt == null) return queued ? `Starts on ${formatDateTime(startsAt)}, then permanent` : `Permanent since ${formatDate(startsAt)}`;
    if (queued) return `Starts on ${formatDateTime(startsAt)}, until ${formatDateTime(endsAt)}`;
    return license.status === 'EXPIRED' ? `Ended on ${formatDateTime(endsAt)}` : `Until ${formatDateTime(endsAt)}`;
  }
  if (license.status === 'UNUSED') {
    return license.activateBy ? `Not bound yet; bind before ${formatDateTime(license.activateBy)}` : 'Not bound yet';
  }
  if (license.status === 'EXPIRED' && !license.agent && license.activateBy) {
    return `Not bound before ${formatDateTime(license.activateBy)}`;
  }
  // A timed certificate applied to a permanent resource (SPEC 3.2) has no window of its own.
  return 'No window: absorbed by a permanent license';
}
