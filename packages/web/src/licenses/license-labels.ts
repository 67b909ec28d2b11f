import type { LicenseMode, LicenseStatus, LicenseType } from '@licensing/schema/web';
import { formatDate, formatDateTime } from '../common/format.js';
import { t, type MessageKey } from '../i18n/i18n.js';

/** Catalog keys of the types (SPEC 11's terms), typed over the generated enum. */
export const LICENSE_TYPE_KEYS: Readonly<Record<LicenseType, MessageKey>> = {
  PLATFORM: 'license.type.PLATFORM',
  AGENT: 'license.type.AGENT',
  PLATFORM_UNLIMITED_AGENTS: 'license.type.PLATFORM_UNLIMITED_AGENTS',
};

export const LICENSE_MODE_KEYS: Readonly<Record<LicenseMode, MessageKey>> = {
  SUBSCRIPTION: 'license.mode.SUBSCRIPTION',
  BUYOUT: 'license.mode.BUYOUT',
  TEST: 'license.mode.TEST',
};

/** "Agent license" / "智能体许可证". */
export function licenseTypeLabel(type: LicenseType): string {
  return t(LICENSE_TYPE_KEYS[type]);
}

/** "Subscription" / "正式订阅". */
export function licenseModeLabel(mode: LicenseMode): string {
  return t(LICENSE_MODE_KEYS[mode]);
}

interface ValidityFacts {
  readonly permanent: boolean;
  readonly validityDays?: number | null;
  readonly autoGranted?: boolean;
}

/** "365 days", "Permanent", or "Granted" for auto-granted rows (their window is the unlimited one's). */
export function validityText(license: ValidityFacts): string {
  if (license.permanent) return t('license.validity.permanent');
  if (license.validityDays != null) return t('duration.days', { days: license.validityDays });
  return license.autoGranted ? t('license.validity.granted') : '—';
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
    if (endsAt == null)
      return queued
        ? t('license.coverage.queuedPermanent', { start: formatDateTime(startsAt) })
        : t('license.coverage.permanentSince', { start: formatDate(startsAt) });
    if (queued) return t('license.coverage.queued', { start: formatDateTime(startsAt), end: formatDateTime(endsAt) });
    return license.status === 'EXPIRED'
      ? t('license.coverage.ended', { end: formatDateTime(endsAt) })
      : t('license.coverage.until', { end: formatDateTime(endsAt) });
  }
  if (license.status === 'UNUSED') {
    return license.activateBy ? t('license.coverage.notBoundBy', { deadline: formatDateTime(license.activateBy) }) : t('license.coverage.notBound');
  }
  if (license.status === 'EXPIRED' && !license.agent && license.activateBy) {
    return t('license.coverage.missedDeadline', { deadline: formatDateTime(license.activateBy) });
  }
  // A timed certificate applied to a permanent resource (SPEC 3.2) has no window of its own.
  return t('license.coverage.absorbed');
}
