import type { CertificateStatus } from './license.rules.js';

/**
 * `certificateStatus` (license.rules.ts) restated as SQL over `certificate c`, `activation a` and
 * `agent g`, so that `licenses(status: …)` filters and counts in the database. An API test checks
 * that both agree on every case of the rule's own table; change them together.
 */
const UNUSED = 'a.certificate_id IS NULL AND (c.activate_by IS NULL OR c.activate_by > ?)';
const ACTIVATED = 'a.certificate_id IS NOT NULL AND (g.deleted_at IS NULL OR g.deleted_at > ?) AND (a.ends_at IS NULL OR a.ends_at > ?)';

export const CERTIFICATE_STATUS_SQL: Record<CertificateStatus, { sql: string; params: (now: Date) => Date[] }> = {
  UNUSED: { sql: `(${UNUSED})`, params: (now) => [now] },
  ACTIVATED: { sql: `(${ACTIVATED})`, params: (now) => [now, now] },
  EXPIRED: { sql: `NOT (${UNUSED}) AND NOT (${ACTIVATED})`, params: (now) => [now, now, now] },
};
