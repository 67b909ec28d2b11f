import { resourceStatus, type ResourceLicense } from '../expiry/index.js';
import type { LicenseRow } from './license.repository.js';
import { certificateStatus, isQueued } from './license.rules.js';
import type { PackagePreview } from './license.service.js';
import { LicenseType } from './license.types.js';
import type { LicenseStateType, PackagePreviewType } from './package-preview.types.js';

/** A stored certificate as the API shows it, with its status at `now`. */
export function toLicenseType(row: LicenseRow, now: Date): LicenseType {
  return Object.assign(new LicenseType(), {
    id: row.id,
    type: row.type,
    mode: row.mode,
    validityDays: row.validityDays,
    permanent: row.permanent,
    licensee: row.licensee,
    orderId: row.orderId,
    issuer: row.issuer,
    issuedAt: row.issuedAt,
    uploadedAt: row.uploadedAt,
    activateBy: row.activateBy,
    status: certificateStatus(
      {
        type: row.type,
        activatedAt: row.activatedAt,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        activateBy: row.activateBy,
        agentDeletedAt: row.agentDeletedAt,
      },
      now,
    ),
    autoGranted: row.grantedBy !== null,
    startsAt: row.startsAt,
    queued: isQueued(row.startsAt, now),
    endsAt: row.endsAt,
    agent: row.agentId === null ? null : { id: row.agentId, name: row.agentName ?? '', deleted: row.agentDeletedAt !== null },
  });
}

const licenseState = (license: ResourceLicense, at: Date): LicenseStateType => ({
  status: resourceStatus(license, at),
  expiresAt: license.expiresAt,
  permanent: license.permanent,
});

/** A preview as the API shows it: statuses at the instant the plan was made. */
export function toPackagePreviewType({ at, problems, plan }: PackagePreview): PackagePreviewType {
  return {
    valid: problems.length === 0,
    problems: problems.map((p) => ({ index: p.index, certificateId: p.certificateId, code: p.code, message: p.message })),
    certificates: plan.certificates.map(({ certificate: c, alreadyImported, window }) => ({
      id: c.id,
      type: c.type,
      mode: c.mode,
      validityDays: c.validity.permanent ? null : c.validity.days,
      permanent: c.validity.permanent,
      licensee: c.licensee,
      alreadyImported,
      startsAt: window?.startsAt ?? null,
      endsAt: window?.endsAt ?? null,
    })),
    platformBefore: licenseState(plan.platformBefore, at),
    platformAfter: licenseState(plan.platformAfter, at),
  };
}
