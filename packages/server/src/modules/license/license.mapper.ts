import type { LicenseRow } from './license.repository.js';
import { certificateStatus, isQueued } from './license.rules.js';
import { LicenseType } from './license.types.js';

/** A stored certificate as the API shows it, with its status at `now`. */
export function toLicenseType(row: LicenseRow, now: Date): LicenseType {
  return Object.assign(new LicenseType(), {
    id: row.id,
    type: row.type,
    mode: row.mode,
    validityDays: row.validity_days,
    permanent: row.permanent,
    licensee: row.licensee,
    orderId: row.order_id,
    issuer: row.issuer,
    issuedAt: row.issued_at,
    uploadedAt: row.uploaded_at,
    activateBy: row.activate_by,
    status: certificateStatus(
      {
        type: row.type,
        activatedAt: row.activated_at,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        activateBy: row.activate_by,
        agentDeletedAt: row.agent_deleted_at,
      },
      now,
    ),
    autoGranted: row.granted_by !== null,
    startsAt: row.starts_at,
    queued: isQueued(row.starts_at, now),
    endsAt: row.ends_at,
    agent: row.agent_id === null ? null : { id: row.agent_id, name: row.agent_name ?? '', deleted: row.agent_deleted_at !== null },
  });
}
