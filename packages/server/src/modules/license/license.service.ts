import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { verifyPackage, type PackageLimits, type Problem, type TrustedKeys } from '@licensing/lcs';
import type { Clock } from '../../clock/clock.js';
import { isUuid } from '../../graphql/ids.js';
import { isUniqueViolation, sql } from '../../db/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { AgentDirectory } from '../channel/agent-directory.js';
import type { ExpiryChange, ExpiryEvents } from '../reminder/expiry-events.js';
import { agentNotFound } from '../agent/agent.errors.js';
import type { PgBus } from '../../events/pg-bus.js';
import type { PlatformService } from '../platform/platform.service.js';
import { CertificateCounts } from './certificate-counts.js';
import { licenseNotFound, notBindable, packageInvalid } from './license.errors.js';
import { fromVerified, importedRow, licenseRepository as repo, type LicenseFilter, type LicenseRow, type NewActivation } from './license.repository.js';
import { activate, activateAll, bindRefusal, expiryMovedLater, unlimitedAgentsActive, unlimitedGrant, type ResourceLicense } from './license.rules.js';

/** How many certificate ids an audit entry lists; the counts are always complete. */
const AUDITED_IDS = 100;

export interface UploadOutcome {
  readonly imported: LicenseRow[];
  readonly skipped: LicenseRow[];
}

interface AgentLicenseRow {
  id: string;
  name: string;
  expires_at: Date | null;
  permanent: boolean;
  deleted_at: Date | null;
}

/** Uploads, bindings and unlimited grants (SPEC 3-5): each one transaction, with row locks where they meet. */
export class LicenseService {
  constructor(
    private readonly clock: Clock,
    private readonly platform: PlatformService,
    private readonly trustedKeys: () => TrustedKeys,
    private readonly limits: PackageLimits,
    private readonly audit: AuditService,
    private readonly agents: AgentDirectory,
    private readonly events: ExpiryEvents,
    private readonly bus: PgBus,
  ) {
    bus.on('certificates-added', () => this.counts.drop());
  }

  private readonly counts = new CertificateCounts();

  /**
   * SPEC 5: verifies every certificate; any problem refuses the whole package. Otherwise imports the
   * new certificates in one transaction, activating platform ones in package order under the platform
   * row lock, and reports already-imported ones as skipped. `bytes` is null for a file over the limit.
   */
  async upload(em: EntityManager, viewer: Viewer, fileName: string, bytes: Uint8Array | null): Promise<UploadOutcome> {
    const now = this.clock.now();
    if (bytes === null) {
      const problems: Problem[] = [
        { index: null, certificateId: null, code: 'TOO_LARGE', message: `The file is larger than the limit of ${this.limits.maxBytes} bytes.` },
      ];
      await this.refuse(em, viewer, fileName, problems);
      throw packageInvalid(problems);
    }
    const { instanceId } = await this.platform.license(em);
    const result = await verifyPackage(bytes, { trustedKeys: this.trustedKeys(), platformId: instanceId, now, limits: this.limits });
    if (!result.ok) {
      await this.refuse(em, viewer, fileName, result.problems);
      throw packageInvalid(result.problems);
    }

    const { imported, skippedIds, changes, grantedAgents } = await em.transactional(async (tx) => {
      const platform = await repo.lockPlatform(tx);
      const existing = await repo.existingIds(tx, result.certificates.map((c) => c.id));
      const fresh = result.certificates.filter((c) => !existing.has(c.id));
      const skippedIds = result.certificates.filter((c) => existing.has(c.id)).map((c) => c.id);
      if (fresh.length === 0) {
        this.recordUpload(tx, viewer, fileName, [], skippedIds);
        return { imported: [], skippedIds, changes: [], grantedAgents: [] };
      }

      const uploadId = randomUUID();
      await repo.insertUpload(tx, { id: uploadId, fileName, uploadedBy: viewer.userId, uploadedAt: now });
      const certificates = fresh.map((c) => fromVerified(c, uploadId, now));
      await repo.insertCertificates(tx, certificates);

      const platformCerts = fresh.filter((c) => c.type !== 'AGENT');
      const applied = activateAll(platform, platformCerts.map((c) => c.validity), now);
      const activations = platformCerts.map((c, i): NewActivation => {
        const window = applied.activations[i]!.window;
        return { certificateId: c.id, agentId: null, activatedAt: now, startsAt: window?.startsAt ?? null, endsAt: window?.endsAt ?? null };
      });
      await repo.insertActivations(tx, activations);
      const changes: ExpiryChange[] = [];
      if (platformCerts.length > 0) {
        await repo.updatePlatform(tx, applied.resource);
        if (expiryMovedLater(platform, applied.resource)) changes.push({ resourceType: 'PLATFORM', resourceId: instanceId, name: 'Platform', license: applied.resource });
      }
      const granted = await this.grantOpenWindows(tx, now, null);
      changes.push(...granted.changes);
      this.recordUpload(tx, viewer, fileName, fresh.map((c) => c.id), skippedIds);
      // The answer is built from what was just written, not read back: 10 000 rows would cost a query.
      const byCertificate = new Map(activations.map((a) => [a.certificateId, a]));
      const imported = certificates.map((c) => importedRow(c, byCertificate.get(c.id) ?? null));
      return { imported, skippedIds, changes, grantedAgents: granted.agentIds };
    });

    await this.afterCommit(grantedAgents, changes, imported.length > 0);
    const skipped = await repo.getMany(em, skippedIds);
    const byId = new Map(skipped.map((r) => [r.id, r]));
    return { imported, skipped: skippedIds.map((id) => byId.get(id)!) };
  }

  /** Audits an upload; a huge package lists its first ids and counts the rest. */
  private recordUpload(tx: EntityManager, viewer: Viewer, fileName: string, importedIds: readonly string[], skippedIds: readonly string[]): void {
    this.audit.record(tx, {
      actorId: viewer.userId,
      action: 'LICENSE_PACKAGE_UPLOADED',
      summary: `Uploaded ${fileName}: ${importedIds.length} imported, ${skippedIds.length} already imported`,
      details: {
        fileName,
        importedCount: importedIds.length,
        skippedCount: skippedIds.length,
        imported: importedIds.slice(0, AUDITED_IDS),
        skipped: skippedIds.slice(0, AUDITED_IDS),
      },
    });
  }

  /** SPEC 3.3: binds an unused agent certificate to an agent and activates it now; never changeable. */
  async bind(em: EntityManager, viewer: Viewer, licenseId: string, agentId: string): Promise<LicenseRow> {
    const now = this.clock.now();
    const change = await em.transactional(async (tx) => {
      const cert = await repo.lockForBinding(tx, licenseId);
      if (!cert) throw licenseNotFound(licenseId);
      if (!isUuid(agentId)) throw agentNotFound(agentId);
      const [agent] = await sql<AgentLicenseRow>(tx, 'SELECT id, name, expires_at, permanent, deleted_at FROM agent WHERE id = ? FOR UPDATE', [agentId]);
      if (!agent) throw agentNotFound(agentId);
      const refusal = bindRefusal(
        { type: cert.type, activatedAt: cert.activated_at, activateBy: cert.activate_by },
        { deletedAt: agent.deleted_at },
        now,
      );
      if (refusal) throw notBindable(refusal);

      const current: ResourceLicense = { expiresAt: agent.expires_at, permanent: agent.permanent };
      const validity = cert.permanent ? { permanent: true as const } : { permanent: false as const, days: cert.validity_days! };
      const activation = activate(current, validity, now);
      try {
        await repo.insertActivations(tx, [
          { certificateId: cert.id, agentId, activatedAt: now, startsAt: activation.window?.startsAt ?? null, endsAt: activation.window?.endsAt ?? null },
        ]);
      } catch (error) {
        // The row lock makes this unreachable in practice; the primary key is the last word.
        if (isUniqueViolation(error)) throw notBindable('ALREADY_BOUND');
        throw error;
      }
      await sql(tx, 'UPDATE agent SET expires_at = ?, permanent = ? WHERE id = ?', [activation.resource.expiresAt, activation.resource.permanent, agentId]);
      this.audit.record(tx, {
        actorId: viewer.userId,
        action: 'AGENT_LICENSE_BOUND',
        resourceType: 'AGENT',
        resourceId: agentId,
        summary: `Bound license ${cert.id} to agent "${agent.name}"`,
        details: { licenseId: cert.id, agentId, startsAt: activation.window?.startsAt ?? null, endsAt: activation.window?.endsAt ?? null },
      });
      return expiryMovedLater(current, activation.resource)
        ? [{ resourceType: 'AGENT' as const, resourceId: agentId, name: agent.name, license: activation.resource }]
        : [];
    });
    await this.afterCommit([agentId], change, false);
    return (await repo.get(em, licenseId))!;
  }

  /**
   * SPEC 3.4: grants every open unlimited window to the agents that are owed it (all live agents, or
   * only `agentIds`). Runs in the caller's transaction; each grant is claimed through a unique key,
   * so replicas sweeping together grant once.
   */
  async grantOpenWindows(tx: EntityManager, now: Date, agentIds: readonly string[] | null): Promise<{ agentIds: string[]; changes: ExpiryChange[] }> {
    const granted = new Set<string>();
    const changes = new Map<string, ExpiryChange>();
    for (const window of await repo.openUnlimitedWindows(tx, now)) {
      for (const agentId of await repo.agentsOwedGrant(tx, window.id, now, agentIds)) {
        const [agent] = await sql<AgentLicenseRow>(tx, 'SELECT id, name, expires_at, permanent, deleted_at FROM agent WHERE id = ? FOR UPDATE', [agentId]);
        if (!agent) continue;
        const current: ResourceLicense = { expiresAt: agent.expires_at, permanent: agent.permanent };
        const grant = unlimitedGrant(
          { startsAt: window.starts_at, endsAt: window.ends_at },
          { ...current, deletedAt: agent.deleted_at, alreadyGranted: false },
          now,
        );
        if (!grant) continue;
        const certificateId = `grant-${randomUUID()}`;
        await repo.insertCertificates(tx, [
          {
            id: certificateId,
            type: 'AGENT',
            mode: window.mode,
            validityDays: null,
            permanent: grant.endsAt === null,
            licensee: window.licensee,
            orderId: window.order_id,
            issuer: window.issuer,
            issuedAt: window.issued_at,
            activateBy: null,
            keyId: null,
            uploadId: null,
            uploadedAt: now,
            grantedBy: window.id,
          },
        ]);
        if (!(await repo.claimGrant(tx, window.id, agentId, certificateId))) {
          await sql(tx, 'DELETE FROM certificate WHERE id = ?', [certificateId]);
          continue;
        }
        await repo.insertActivations(tx, [{ certificateId, agentId, activatedAt: now, startsAt: grant.startsAt, endsAt: grant.endsAt }]);
        await sql(tx, 'UPDATE agent SET expires_at = ?, permanent = ? WHERE id = ?', [grant.resource.expiresAt, grant.resource.permanent, agentId]);
        this.audit.record(tx, {
          actorId: null,
          action: 'UNLIMITED_LICENSE_GRANTED',
          resourceType: 'AGENT',
          resourceId: agentId,
          summary: `Granted an agent license to "${agent.name}" from unlimited license ${window.id}`,
          details: { licenseId: certificateId, unlimitedLicenseId: window.id },
        });
        granted.add(agentId);
        if (expiryMovedLater(current, grant.resource)) {
          changes.set(agentId, { resourceType: 'AGENT', resourceId: agentId, name: agent.name, license: grant.resource });
        }
      }
    }
    return { agentIds: [...granted], changes: [...changes.values()] };
  }

  /** The periodic (and test-hook) grant sweep: windows that opened since the last one. */
  async sweepGrants(em: EntityManager): Promise<void> {
    const now = this.clock.now();
    const { agentIds, changes } = await em.transactional((tx) => this.grantOpenWindows(tx, now, null));
    await this.afterCommit(agentIds, changes);
  }

  /**
   * After a commit: refreshes agents on every replica, drops certificate counts when certificates were
   * added (an upload, or grants to `agentIds`), and announces expiries that moved later (RENEWED).
   */
  async afterCommit(agentIds: readonly string[], changes: readonly ExpiryChange[], certificatesAdded = agentIds.length > 0): Promise<void> {
    if (certificatesAdded) {
      this.counts.drop();
      await this.bus.publish('certificates-added', {});
    }
    if (agentIds.length > 0) await this.agents.changed(agentIds);
    if (changes.length > 0) await this.events.renewed(changes);
  }

  get(em: EntityManager, id: string): Promise<LicenseRow | null> {
    return repo.get(em, id);
  }

  /** A page of certificates and the total that matches, statuses judged at the current second. */
  async page(em: EntityManager, filter: LicenseFilter, first: number, afterSeq: string | null): Promise<{ rows: LicenseRow[]; total: number }> {
    const now = this.clock.now();
    const status = filter.status;
    const [rows, total] = await Promise.all([
      repo.page(em, filter, now, first, afterSeq),
      status ? repo.countWithStatus(em, { ...filter, status }, now) : this.counts.total(filter.type ?? null, () => repo.countByType(em)),
    ]);
    return { rows, total };
  }

  ofAgent(em: EntityManager, agentId: string): Promise<LicenseRow[]> {
    return repo.ofAgent(em, agentId);
  }

  countOfAgent(em: EntityManager, agentId: string): Promise<number> {
    return repo.countOfAgent(em, agentId);
  }

  async unlimitedAgentsActive(em: EntityManager): Promise<boolean> {
    const windows = await repo.unlimitedWindows(em);
    return unlimitedAgentsActive(windows.map((w) => ({ startsAt: w.starts_at, endsAt: w.ends_at })), this.clock.now());
  }

  /** A refused package is audited in a transaction of its own: nothing of it is imported. */
  private async refuse(em: EntityManager, viewer: Viewer, fileName: string, problems: readonly Problem[]): Promise<void> {
    await em.transactional(async (tx) => {
      this.audit.record(tx, {
        actorId: viewer.userId,
        action: 'LICENSE_PACKAGE_REFUSED',
        summary: `Refused ${fileName}: ${problems.length} problem(s)`,
        details: { fileName, problems: problems.slice(0, 100) },
      });
    });
  }
}
