import type { EntityManager } from '@mikro-orm/postgresql';
import type { Certificate as VerifiedCertificate, CertificateType } from '@licensing/lcs';
import { count, sql } from '../../db/sql.js';
import type { Transaction } from '../../db/transaction.js';
import type { Agent } from '../agent/index.js';
import type { Activation } from './activation.entity.js';
import type { Certificate } from './certificate.entity.js';
import type { LicenseUpload } from './license-upload.entity.js';
import type { CertificateStatus, UnlimitedWindow } from './license.rules.js';
import { CERTIFICATE_STATUS_SQL } from './license-status.sql.js';

type Nullable<T> = { readonly [K in keyof T]: T[K] | null };

export type NewCertificate = Readonly<Omit<Certificate, 'seq'>>;
export type NewActivation = Readonly<Activation>;

/** A certificate with its activation and bound agent, as lists and pages need it. */
export type LicenseRow = Readonly<Omit<Certificate, 'keyId' | 'uploadId'>> &
  Nullable<Pick<Activation, 'activatedAt' | 'startsAt' | 'endsAt' | 'agentId'>> & {
    readonly agentName: Agent['name'] | null;
    readonly agentDeletedAt: Agent['deletedAt'];
  };

/** One window of a resource's coverage (SPEC 12): an activation that has a window. */
export interface CoverageRow {
  readonly licenseId: string;
  readonly type: CertificateType;
  readonly agentId: string | null;
  readonly startsAt: Date;
  readonly endsAt: Date | null;
  readonly autoGranted: boolean;
}

const SELECT_COVERAGE = `
  SELECT c.id AS "licenseId", c.type, a.agent_id AS "agentId", a.starts_at AS "startsAt", a.ends_at AS "endsAt",
         c.granted_by IS NOT NULL AS "autoGranted"
    FROM activation a JOIN certificate c ON c.id = a.certificate_id
   WHERE a.starts_at IS NOT NULL`;

/** An unlimited-agents certificate and its window. */
export type UnlimitedWindowRow = Pick<Certificate, 'id' | 'mode' | 'licensee' | 'orderId' | 'issuer' | 'issuedAt'> & UnlimitedWindow;

const LICENSE_DATES = ['issuedAt', 'activateBy', 'uploadedAt', 'activatedAt', 'startsAt', 'endsAt', 'agentDeletedAt'] as const;

// Joins `agent` for the bound agent's name and deletion (a read, allowed in table-ownership.test.ts).
const SELECT_LICENSE = `
  SELECT c.id, c.seq, c.type, c.mode, c.validity_days AS "validityDays", c.permanent, c.licensee, c.order_id AS "orderId",
         c.issuer, c.issued_at AS "issuedAt", c.activate_by AS "activateBy", c.uploaded_at AS "uploadedAt",
         c.granted_by AS "grantedBy", a.activated_at AS "activatedAt", a.starts_at AS "startsAt", a.ends_at AS "endsAt",
         a.agent_id AS "agentId", g.name AS "agentName", g.deleted_at AS "agentDeletedAt"
    FROM certificate c
    LEFT JOIN activation a ON a.certificate_id = c.id
    LEFT JOIN agent g ON g.id = a.agent_id`;

const licenses = (em: EntityManager, text: string, params: readonly unknown[]): Promise<LicenseRow[]> =>
  sql<LicenseRow>(em, text, params, { dates: LICENSE_DATES });

export function fromVerified(cert: VerifiedCertificate, uploadId: string, uploadedAt: Date): NewCertificate {
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
    validityDays: cert.validityDays,
    permanent: cert.permanent,
    licensee: cert.licensee,
    orderId: cert.orderId,
    issuer: cert.issuer,
    issuedAt: cert.issuedAt,
    activateBy: cert.activateBy,
    uploadedAt: cert.uploadedAt,
    grantedBy: cert.grantedBy,
    activatedAt: activation?.activatedAt ?? null,
    startsAt: activation?.startsAt ?? null,
    endsAt: activation?.endsAt ?? null,
    agentId: null,
    agentName: null,
    agentDeletedAt: null,
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

/** The `certificate`, `activation`, `license_upload` and `unlimited_grant` tables: the only code that touches them. */
export const licenseRepository = {
  async existingIds(em: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    const rows = await sql<Pick<Certificate, 'id'>>(em, 'SELECT id FROM certificate WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))', [
      JSON.stringify(ids),
    ]);
    return new Set(rows.map((r) => r.id));
  },

  async insertUpload(tx: Transaction, upload: Readonly<LicenseUpload>): Promise<void> {
    await sql(tx.em, 'INSERT INTO license_upload (id, file_name, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?)', [
      upload.id,
      upload.fileName,
      upload.uploadedBy,
      upload.uploadedAt,
    ]);
  },

  /** Inserts all certificates in one statement, in the given order (their `seq` follows it). */
  async insertCertificates(tx: Transaction, certificates: readonly NewCertificate[]): Promise<void> {
    if (certificates.length === 0) return;
    await sql(
      tx.em,
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

  /** Removes a certificate this transaction inserted but may not keep (a grant another replica claimed). */
  async deleteCertificate(tx: Transaction, id: string): Promise<void> {
    await sql(tx.em, 'DELETE FROM certificate WHERE id = ?', [id]);
  },

  async insertActivations(tx: Transaction, activations: readonly NewActivation[]): Promise<void> {
    if (activations.length === 0) return;
    await sql(
      tx.em,
      `INSERT INTO activation (certificate_id, agent_id, activated_at, starts_at, ends_at)
       SELECT "certificateId", "agentId", "activatedAt", "startsAt", "endsAt"
         FROM jsonb_to_recordset(?::jsonb) AS x("certificateId" text, "agentId" uuid, "activatedAt" timestamptz,
                                                "startsAt" timestamptz, "endsAt" timestamptz)`,
      [JSON.stringify(activations)],
    );
  },

  /** A certificate with its activation, its row locked so that concurrent binds take turns. */
  async lockForBinding(tx: Transaction, id: string): Promise<LicenseRow | null> {
    const [row] = await licenses(tx.em, `${SELECT_LICENSE} WHERE c.id = ? FOR UPDATE OF c`, [id]);
    return row ?? null;
  },

  async get(em: EntityManager, id: string): Promise<LicenseRow | null> {
    const [row] = await licenses(em, `${SELECT_LICENSE} WHERE c.id = ?`, [id]);
    return row ?? null;
  },

  async getMany(em: EntityManager, ids: readonly string[]): Promise<LicenseRow[]> {
    if (ids.length === 0) return [];
    return licenses(em, `${SELECT_LICENSE} WHERE c.id IN (SELECT jsonb_array_elements_text(?::jsonb)) ORDER BY c.seq`, [JSON.stringify(ids)]);
  },

  /** The licenses bound to each of some agents, latest first: one query for a whole page of agents. */
  async ofAgents(em: EntityManager, agentIds: readonly string[]): Promise<LicenseRow[]> {
    return licenses(em, `${SELECT_LICENSE} WHERE a.agent_id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid) ORDER BY a.activated_at DESC, c.seq DESC`, [
      JSON.stringify(agentIds),
    ]);
  },

  /** The platform's windows, oldest first (absorbed certificates have none). */
  platformCoverage(em: EntityManager): Promise<CoverageRow[]> {
    return sql<CoverageRow>(em, `${SELECT_COVERAGE} AND a.agent_id IS NULL ORDER BY a.starts_at, c.seq`, [], { dates: ['startsAt', 'endsAt'] });
  },

  /** The windows of some agents, oldest first: one query for a whole page of agents. */
  coverageOfAgents(em: EntityManager, agentIds: readonly string[]): Promise<CoverageRow[]> {
    return sql<CoverageRow>(
      em,
      `${SELECT_COVERAGE} AND a.agent_id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid) ORDER BY a.starts_at, c.seq`,
      [JSON.stringify(agentIds)],
      { dates: ['startsAt', 'endsAt'] },
    );
  },

  /** How many licenses are bound to each of some agents (absent: none). */
  async countOfAgents(em: EntityManager, agentIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await sql<{ agentId: string; total: string }>(
      em,
      `SELECT agent_id AS "agentId", count(*) AS total FROM activation
        WHERE agent_id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid) GROUP BY agent_id`,
      [JSON.stringify(agentIds)],
    );
    return new Map(rows.map((r) => [r.agentId, Number(r.total)]));
  },

  /** SPEC 13 `license_certificates{type,status}`: every certificate counted by type and status at `now`, in one scan. */
  async countByTypeAndStatus(em: EntityManager, now: Date): Promise<{ type: CertificateType; status: CertificateStatus; total: number }[]> {
    const { UNUSED, ACTIVATED } = CERTIFICATE_STATUS_SQL;
    const rows = await sql<{ type: CertificateType; status: CertificateStatus; total: string }>(
      em,
      `SELECT c.type, CASE WHEN ${UNUSED.sql} THEN 'UNUSED' WHEN ${ACTIVATED.sql} THEN 'ACTIVATED' ELSE 'EXPIRED' END AS status, count(*) AS total
         FROM certificate c
         LEFT JOIN activation a ON a.certificate_id = c.id
         LEFT JOIN agent g ON g.id = a.agent_id
        GROUP BY 1, 2`,
      [...UNUSED.params(now), ...ACTIVATED.params(now)],
    );
    return rows.map((r) => ({ type: r.type, status: r.status, total: Number(r.total) }));
  },

  async countByType(em: EntityManager): Promise<ReadonlyMap<CertificateType, number>> {
    const rows = await sql<{ type: CertificateType; total: string }>(em, 'SELECT type, count(*) AS total FROM certificate GROUP BY type');
    return new Map(rows.map((r) => [r.type, Number(r.total)]));
  },

  /** The status-filtered total at `now` (an unfiltered one comes from CertificateCounts). */
  countWithStatus(em: EntityManager, filter: LicenseFilter & { status: CertificateStatus }, now: Date): Promise<number> {
    const { where, params } = conditions(filter, now);
    return count(
      em,
      `SELECT count(*) AS total FROM certificate c LEFT JOIN activation a ON a.certificate_id = c.id LEFT JOIN agent g ON g.id = a.agent_id WHERE ${where.join(' AND ')}`,
      params,
    );
  },

  /** One newest-first page (first + 1 rows), filtered by type and by status at `now`. */
  page(em: EntityManager, filter: LicenseFilter, now: Date, first: number, afterSeq: string | null): Promise<LicenseRow[]> {
    const { where, params } = conditions(filter, now);
    if (afterSeq !== null) {
      where.push('c.seq < ?');
      params.push(afterSeq);
    }
    const filtered = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    return licenses(em, `${SELECT_LICENSE} ${filtered} ORDER BY c.seq DESC LIMIT ?`, [...params, first + 1]);
  },

  /** Unlimited-agents windows that contain `now` (SQL pre-filter; the rule decides per agent). */
  openUnlimitedWindows(em: EntityManager, now: Date): Promise<UnlimitedWindowRow[]> {
    return sql<UnlimitedWindowRow>(
      em,
      `SELECT c.id, c.mode, c.licensee, c.order_id AS "orderId", c.issuer, c.issued_at AS "issuedAt", a.starts_at AS "startsAt", a.ends_at AS "endsAt"
         FROM certificate c JOIN activation a ON a.certificate_id = c.id
        WHERE c.type = 'PLATFORM_UNLIMITED_AGENTS' AND a.starts_at <= ? AND (a.ends_at IS NULL OR a.ends_at > ?)
        ORDER BY c.seq`,
      [now, now],
      { dates: ['issuedAt', 'startsAt', 'endsAt'] },
    );
  },

  /** All unlimited windows, for `Platform.unlimitedAgents`. */
  unlimitedWindows(em: EntityManager): Promise<UnlimitedWindow[]> {
    return sql<UnlimitedWindow>(
      em,
      `SELECT a.starts_at AS "startsAt", a.ends_at AS "endsAt" FROM certificate c JOIN activation a ON a.certificate_id = c.id
        WHERE c.type = 'PLATFORM_UNLIMITED_AGENTS' AND a.starts_at IS NOT NULL`,
      [],
      { dates: ['startsAt', 'endsAt'] },
    );
  },

  /**
   * Live agents created by `now` that hold no grant of this window yet, optionally among some ids.
   * Reads `agent` against `unlimited_grant` in one anti-join (allowed in table-ownership.test.ts).
   */
  async agentsOwedGrant(em: EntityManager, windowId: string, now: Date, onlyAgentIds: readonly string[] | null): Promise<string[]> {
    const rows = await sql<Pick<Agent, 'id'>>(
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
  async claimGrant(tx: Transaction, windowId: string, agentId: string, certificateId: string): Promise<boolean> {
    const rows = await sql(
      tx.em,
      `INSERT INTO unlimited_grant (unlimited_certificate_id, agent_id, certificate_id) VALUES (?, ?, ?)
       ON CONFLICT DO NOTHING RETURNING agent_id`,
      [windowId, agentId, certificateId],
    );
    return rows.length === 1;
  },
};
