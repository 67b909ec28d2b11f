import type { Certificate as VerifiedCertificate } from '@licensing/lcs';
import type { ResourceLicense } from '../expiry/index.js';
import { activateAll, type Activation } from './license.rules.js';

/** One certificate of a verified package and what importing it now does. */
export interface PlannedCertificate {
  readonly certificate: VerifiedCertificate;
  /** Already in the database (same id): skipped, nothing changes for it. */
  readonly alreadyImported: boolean;
  /** True for a new platform-type certificate: the upload records its activation (SPEC 3.3). */
  readonly activates: boolean;
  /** Its window; null for agent certificates (until bound), skipped ones, and timed ones a permanent platform absorbs. */
  readonly window: Activation['window'];
}

/** What importing a verified package at `now` does: the one answer both upload and preview act on. */
export interface PackagePlan {
  /** In package order. */
  readonly certificates: readonly PlannedCertificate[];
  readonly platformBefore: ResourceLicense;
  readonly platformAfter: ResourceLicense;
}

/**
 * SPEC 3.3 and 5 for a verified package: certificates already imported are skipped; new platform-type
 * ones activate on the platform in package order (SPEC 3.1/3.2 arithmetic); agent ones wait for binding.
 * Pure: upload applies this plan under the platform row lock, preview shows it without writing.
 */
export function planPackage(certificates: readonly VerifiedCertificate[], platform: ResourceLicense, existingIds: ReadonlySet<string>, now: Date): PackagePlan {
  const activating = certificates.filter((c) => !existingIds.has(c.id) && c.type !== 'AGENT');
  const applied = activateAll(
    platform,
    activating.map((c) => c.validity),
    now,
  );
  const windows = new Map(activating.map((c, i) => [c.id, applied.activations[i]!.window]));
  return {
    certificates: certificates.map((certificate) => ({
      certificate,
      alreadyImported: existingIds.has(certificate.id),
      activates: windows.has(certificate.id),
      window: windows.get(certificate.id) ?? null,
    })),
    platformBefore: { expiresAt: platform.expiresAt, permanent: platform.permanent },
    platformAfter: applied.resource,
  };
}
