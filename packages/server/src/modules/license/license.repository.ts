import type { EntityManager } from '@mikro-orm/postgresql';
import type { Certificate, CertificateMode, CertificateType } from '@licensing/lcs';
import { sql } from '../../db/sql.js';
import type { CertificateStatus, ResourceLicense } from './license.rules.js';
import { CERTIFICATE_STATUS_SQL } from './license-status.sql.js';

/** A certificate with its activation and bound agent, as lists and pages need it. */
export interface LicenseRow {
  readonly id: string;
  readonly seq: string;
  readonly type: CertificateType;
  readonly mode: CertificateMode;
  readonly validity_days: number | null;
  readonly permanent: boolean;
  readonly licensee: string;
  readonly order_id: string | null;
  readonly issuer: string;
  readonly issued_at: Date;
  readonly activate_by: Date | null;
  readonly uploaded_at: Date;
  readonly granted_by: string | null;
  readonly activated_at: Date | null;
  readonly starts_at: Date | null;
  readonly ends_at: Date | null;
  readonly agent_id: string | null;
  readonly agent_name: string | null;
  readonly agent_deleted_at: Date | null;
}

const SELECT_LICENSE = `
  SELECT c.id, c.seq, c.type, c.mode, c.validity_days, c.permanent, c.licensee, c.order_id, c.issuer,
         c.issued_at, c.activate_by, c.uploaded_at, c.granted_by,
         a.activated_at, a.starts_at, a.ends_at, a.agent_id, g.name AS agent_name, g.deleted_at AS agent_deleted_at
    FROM certificate c
    LEFT JOIN activation a ON a.certificate_id = c.id
    LEFT JOIN agent g ON g.id = a.agent_id`;

export interface NewActivation {
  readonly certificateId: string;
  readonly agentId: string | null;
  readonly activatedAt: Date;
  readonly startsAt: Date | null;
  readonly endsAt: Date | null;
}

export interface NewCertificate {
  readonly id: string;
  readonly type: CertificateType;
  readonly mode: CertificateMode;
  readonly validityDays: number | null;
  readonly permanent: boolean;
  readonly licensee: string;
  readonly orderId: string | null;
  readonly issuer: string;
  readonly issuedAt: Date;
  readonly activateBy: Date | null;
  readonly keyId: string | null;
  readonly uploadId: string | null;
  readonly uploadedAt: Date;
  readonly grantedBy: string | null;
}

export function fromVerified(cert: Certificate, uploadId: string, uploadedAt: Date): NewCertificate {
  return {
    id: cert.id,
    type: cert.type,
    mode: cert.mode,
    validityDays: cert.validity.permanent ? null : cert.validity.days,
    permanent: cert.validity.permanent,
    licensee: cert.licensee,
    orderId: cert.orderId,
    issuer: cert.issuer,
    issuedAt: cert.issuedAt,
    activateBy: cert.activateBy,
    keyId: cert.keyId,
    uploadId,
    uploadedAt,
    grantedBy: null,
  };
}

/** The row a just-imported certificate reads as, from the facts written (no agent yet; seq unused). */
export function importedRow(cert: NewCertificate, activation: NewActivation | null): LicenseRow {
  return {
    id: cert.id,
    seq: '',
    type: cert.type,
    mode: cert.mode,
    validity_days: cert.validityDays,
    permanent: cert.permanent,
    licensee: cert.licensee,
    order_id: cert.orderId,
    issuer: cert.issuer,
    issued_at: cert.issuedAt,
    activate_by: cert.activateBy,
    uploaded_at: cert.uploadedAt,
    granted_by: cert.grantedBy,
    activated_at: activation?.activatedAt ?? null,
    starts_at: activation?.startsAt ?? null,
    ends_at: activation?.endsAt ?? null,
    agent_id: null,
    agent_name: null,
    agent_deleted_at: null,
  };
}

export interface LicenseFilter {
  readonly status?: CertificateStatus | null;
  readonly type?: CertificateType | null;
}

/** SQL conditions (over `c`, `a`, `g`) for a type and a status at `now`. */
function conditions(filter: LicenseFilter, now: Date): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.type) {
    where.push('c.type = ?');
    params.push(filter.type);
  }
  if (filter.status) {
    const predicate = CERTIFICATE_STATUS_SQL[filter.status];
    where.push(predicate.sql);
    params.push(...predicate.params(now));
  }
  return { where, params };
}

/** SQL for certificates, activations and the rows the license rules read. */
export const licenseRepository = {
  /** Locks the platform row for an extension; concurrent uploads queue here and never lose time. */
  async lockPlatform(em: EntityManager): Promise<ResourceLicense & { instanceId: string }> {
    const [row] = await sql<{ instance_id: string; expires_at: Date | null; permanent: boolean }>(
      em,
      'SELECT instance_id, expires_at, permanent FROM platform WHERE id = 1 FOR UPDATE',
    );
    if (!row) throw new Error('the platform row is missing');
    return { instanceId: row.instance_id, expiresAt: row.expires_at, permanent: row.permanent };
  },

  async updatePlatform(em: EntityManager, license: ResourceLicense): Promise<void> {
    await sql(em, 'UPDATE platform SET expires_at = ?, permanent = ? WHERE id = 1', [license.expiresAt, license.permanent]);
  },

  async existingIds(em: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    const rows = await sql<{ id: string }>(em, 'SELECT id FROM certificate WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))', [JSON.stringify(ids)]);
    return new Set(rows.map((r) => r.id));
  },

  async insertUpload(em: EntityManager, upload: { id: string; fileName: string; uploadedBy: string; uploadedAt: Date }): Promise<void> {
    await sql(em, 'INSERT INTO license_upload (id, file_name, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?)', [
      upload.id,
      upload.fileName,
      upload.uploadedBy,
      upload.uploadedAt,
    ]);
  },

  /** Inserts all certificates in one statement, in the given order (their `seq` follows it). */
  async insertCertificates(em: EntityManager, certificates: readonly NewCertificate[]): Promise<void> {
    if (certificates.length === 0) return;
    await sql(
      em,
      `INSERT INTO certificate (id, type, mode, validity_days, permanent, licensee, order_id, issuer, issued_at,
                                activate_by, key_id, upload_id, uploaded_at, granted_by)
       SELECT id, type, mode, "validityDays", permanent, licensee, "orderId", issuer, "issuedAt",
              "activateBy", "keyId", "uploadId", "uploadedAt", "grantedBy"
         FROM jsonb_to_recordset(?::jsonb) AS x(
           ord integer, id text, type text, mode text, "validityDays" integer, permanent boolean, licensee text, "orderId" text,
           issuer text, "issuedAt" timestamptz, "activateBy" timestamptz, "keyId" text, "uploadId" uuid,
           "uploadedAt" timestamptz, "grantedBy" text)
        ORDER BY ord`,
      [JSON.stringify(certificates.map((c, ord) => ({ ...c, ord })))],
    );
  },

  async insertActivations(em: EntityManager, activations: readonly NewActivation[]): Promise<void> {
    if (activations.length === 0) return;
    await sql(
      em,
      `INSERT INTO activation (certificate_id, agent_id, activated_at, starts_at, ends_at)
       SELECT "certificateId", "agentId", "activatedAt", "startsAt", "endsAt"
         FROM jsonb_to_recordset(?::jsonb) AS x("certificateId" text, "agentId" uuid, "activatedAt" timestamptz,
                                                "startsAt" timestamptz, "endsAt" timestamptz)`,
      [JSON.stringify(activations)],
    );
  },

  /** A certificate with its activation, its row locked so that concurrent binds take turns. */
  async lockForBinding(em: EntityManager, id: string): Promise<LicenseRow | null> {
    const [row] = await sql<LicenseRow>(em, `${SELECT_LICENSE} WHERE c.id = ? FOR UPDATE OF c`, [id]);
    return row ?? null;
  },

  async get(em: EntityManager, id: string): Promise<LicenseRow | null> {
    const [row] = await sql<LicenseRow>(em, `${SELECT_LICENSE} WHERE c.id = ?`, [id]);
    return row ?? null;
  },

  async getMany(em: EntityManager, ids: readonly string[]): Promise<LicenseRow[]> {
    if (ids.length === 0) return [];
    return sql<LicenseRow>(em, `${SELECT_LICENSE} WHERE c.id IN (SELECT jsonb_array_elements_text(?::jsonb)) ORDER BY c.seq`, [JSON.stringify(ids)]);
  },

  async ofAgent(em: EntityManager, agentId: string): Promise<LicenseRow[]> {
    return sql<LicenseRow>(em, `${SELECT_LICENSE} WHERE a.agent_id = ? ORDER BY a.activated_at DESC, c.seq DESC`, [agentId]);
  },

  async countOfAgent(em: EntityManager, agentId: string): Promise<number> {
    const [row] = await sql<{ total: string }>(em, 'SELECT count(*) AS total FROM activation WHERE agent_id = ?', [agentId]);
    return Number(row?.total ?? 0);
  },

  async countByType(em: EntityManager): Promise<ReadonlyMap<CertificateType, number>> {
    const rows = await sql<{ type: CertificateType; total: string }>(em, 'SELECT type, count(*) AS total FROM certificate GROUP BY type');
    return new Map(rows.map((r) => [r.type, Number(r.total)]));
  },

  /** The status-filtered total at `now` (an unfiltered one comes from CertificateCounts). */
  async countWithStatus(em: EntityManager, filter: LicenseFilter & { status: CertificateStatus }, now: Date): Promise<number> {
    const { where, params } = conditions(filter, now);
    const [row] = await sql<{ total: string }>(
      em,
      `SELECT count(*) AS total FROM certificate c LEFT JOIN activation a ON a.certificate_id = c.id LEFT JOIN agent g ON g.id = a.agent_id WHERE ${where.join(' AND ')}`,
      params,
    );
    return Number(row?.total ?? 0);
  },

  /** One newest-first page (first + 1 rows), filtered by type and by status at `now`. */
  async page(em: EntityManager, filter: LicenseFilter, now: Date, first: number, afterSeq: string | null): Promise<LicenseRow[]> {
    const { where, params } = conditions(filter, now);
    if (afterSeq !== null) {
      where.push('c.seq < ?');
      params.push(afterSeq);
    }
    const filtered = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    return sql<LicenseRow>(em, `${SELECT_LICENSE} ${filtered} ORDER BY c.seq DESC LIMIT ?`, [...params, first + 1]);
  },

  /** Unlimited-agents windows that contain `now` (SQL pre-filter; the rule decides per agent). */
  async openUnlimitedWindows(em: EntityManager, now: Date): Promise<UnlimitedWindowRow[]> {
    return sql<UnlimitedWindowRow>(
      em,
      `SELECT c.id, c.mode, c.licensee, c.order_id, c.issuer, c.issued_at, a.starts_at, a.ends_at
         FROM certificate c JOIN activation a ON a.certificate_id = c.id
        WHERE c.type = 'PLATFORM_UNLIMITED_AGENTS' AND a.starts_at <= ? AND (a.ends_at IS NULL OR a.ends_at > ?)
        ORDER BY c.seq`,
      [now, now],
    );
  },

  /** All unlimited windows, for `Platform.unlimitedAgents`. */
  async unlimitedWindows(em: EntityManager): Promise<{ starts_at: Date; ends_at: Date | null }[]> {
    return sql(
      em,
      `SELECT a.starts_at, a.ends_at FROM certificate c JOIN activation a ON a.certificate_id = c.id
        WHERE c.type = 'PLATFORM_UNLIMITED_AGENTS' AND a.starts_at IS NOT NULL`,
    );
  },

  /** Live agents created by `now` that hold no grant of this window yet, optionally among some ids. */
  async agentsOwedGrant(em: EntityManager, windowId: string, now: Date, onlyAgentIds: readonly string[] | null): Promise<string[]> {
    const rows = await sql<{ id: string }>(
      em,
      `SELECT g.id FROM agent g
        WHERE g.deleted_at IS NULL AND g.created_at <= ?
          ${onlyAgentIds ? 'AND g.id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid)' : ''}
          AND NOT EXISTS (SELECT 1 FROM unlimited_grant u WHERE u.unlimited_certificate_id = ? AND u.agent_id = g.id)
        ORDER BY g.seq`,
      onlyAgentIds ? [now, JSON.stringify(onlyAgentIds), windowId] : [now, windowId],
    );
    return rows.map((r) => r.id);
  },

  /** Claims the grant of a window to an agent; false when another transaction already holds it. */
  async claimGrant(em: EntityManager, windowId: string, agentId: string, certificateId: string): Promise<boolean> {
    const rows = await sql(
      em,
      `INSERT INTO unlimited_grant (unlimited_certificate_id, agent_id, certificate_id) VALUES (?, ?, ?)
       ON CONFLICT DO NOTHING RETURNING agent_id`,
      [windowId, agentId, certificateId],
    );
    return rows.length === 1;
  },
};

export interface UnlimitedWindowRow {
  readonly id: string;
  readonly mode: CertificateMode;
  readonly licensee: string;
  readonly order_id: string | null;
  readonly issuer: string;
  readonly issued_at: Date;
  readonly starts_at: Date;
  readonly ends_at: Date | null;
}
