import type { LicenseRow } from './license.repository.js';
import { certificateStatus, isQueued } from './license.rules.js';
import { LicenseType } from './license.types.js';

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
