import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { verifyPackage, type PackageLimits, type Problem, type TrustedKeys, type VerifyResult } from '@licensing/lcs';
import type { Clock } from '../../clock/clock.js';
import { isUniqueViolation } from '../../db/sql.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import type { PgBus } from '../../events/pg-bus.js';
import { agentNotFound, agentRepository, type AgentDirectory, type AgentLicenseState } from '../agent/index.js';
import type { AuditEntry, AuditService } from '../audit/index.js';
import type { Viewer } from '../auth/index.js';
import type { LicenseTimeService } from '../clock/index.js';
import { expiryMovedLater, renewedEvent, type ExpiryChange, type ExpiryEvents, type ResourceLicense } from '../expiry/index.js';
import type { MetricCounters } from '../metrics/index.js';
import type { OutboxService } from '../outbox/index.js';
import { platformRepository } from '../platform/index.js';
import { CertificateCounts } from './certificate-counts.js';
import { licenseNotFound, notBindable, packageInvalid } from './license.errors.js';
import {
  fromVerified,
  importedRow,
  licenseRepository as repo,
  type CoverageRow,
  type LicenseFilter,
  type LicenseRow,
  type NewActivation,
} from './license.repository.js';
import { activate, bindRefusal, unlimitedAgentsActive, unlimitedGrant } from './license.rules.js';
import { planPackage, type PackagePlan } from './package-plan.rules.js';

/** How many certificate ids an audit entry lists; the counts are always complete. */
const AUDITED_IDS = 100;

export interface UploadOutcome {
  readonly imported: LicenseRow[];
  readonly skipped: LicenseRow[];
}

/** What an upload of a file would do at `at`; an invalid file has problems and a plan that changes nothing. */
export interface PackagePreview {
  readonly at: Date;
  readonly problems: readonly Problem[];
  readonly plan: PackagePlan;
}

/** An activation to apply to a locked agent: its certificate, window and the agent's license after it. */
interface AgentActivation {
  readonly certificateId: string;
  readonly window: { readonly startsAt: Date; readonly endsAt: Date | null } | null;
  readonly resource: ResourceLicense;
  readonly audit: Omit<AuditEntry, 'resourceType' | 'resourceId'>;
}

/** Uploads, bindings and unlimited grants (SPEC 3-5): each one transaction, with row locks where they meet. */
/** SPEC 13: one per upload, labelled `imported` (something new), `skipped` (nothing new) or `invalid` (refused). */
const UPLOADS_TOTAL = 'license_package_uploads_total';

export class LicenseService {
  private readonly counts = new CertificateCounts();

  constructor(
    private readonly clock: Clock,
    private readonly trustedKeys: () => TrustedKeys,
    private readonly limits: PackageLimits,
    private readonly audit: AuditService,
    private readonly directory: AgentDirectory,
    private readonly events: ExpiryEvents,
    private readonly bus: PgBus,
    private readonly outbox: OutboxService,
    private readonly licenseTime: LicenseTimeService,
    /** SPEC 13 `license_package_uploads_total`, counted in each upload's transaction. */
    private readonly counters: MetricCounters | null = null,
  ) {
    bus.on('certificates-added', () => this.counts.drop());
  }

  /**
   * SPEC 5: verifies every certificate; any problem refuses the whole package. Otherwise imports the
   * new certificates in one transaction, activating platform ones in package order under the platform
   * row lock, and reports already-imported ones as skipped. `bytes` is null for a file over the limit.
   */
  async upload(em: EntityManager, viewer: Viewer, fileName: string, bytes: Uint8Array | null): Promise<UploadOutcome> {
    const now = this.clock.now();
    const { instanceId } = await platformRepository.read(em);
    const result = await this.verify(bytes, instanceId, now);
    if (!result.ok) {
      await this.refuse(em, viewer, fileName, result.problems);
      throw packageInvalid(result.problems);
    }

    const { imported, skippedIds } = await inTransaction(em, async (tx) => {
      const platform = await platformRepository.lock(tx);
      const existing = await repo.existingIds(
        tx.em,
        result.certificates.map((c) => c.id),
      );
      const plan = planPackage(result.certificates, platform, existing, now);
      const fresh = plan.certificates.filter((p) => !p.alreadyImported);
      const skippedIds = plan.certificates.filter((p) => p.alreadyImported).map((p) => p.certificate.id);
      if (fresh.length === 0) {
        this.recordUpload(tx, viewer, fileName, [], skippedIds);
        await this.counters?.addIn(tx, UPLOADS_TOTAL, { outcome: 'skipped' });
        return { imported: [], skippedIds };
      }

      const uploadId = randomUUID();
      await repo.insertUpload(tx, { id: uploadId, fileName, uploadedBy: viewer.userId, uploadedAt: now });
      const certificates = fresh.map((p) => fromVerified(p.certificate, uploadId, now));
      await repo.insertCertificates(tx, certificates);
      this.certificatesAdded(tx);

      const activations = fresh
        .filter((p) => p.activates)
        .map((p): NewActivation => ({
          certificateId: p.certificate.id,
          agentId: null,
          activatedAt: now,
          startsAt: p.window?.startsAt ?? null,
          endsAt: p.window?.endsAt ?? null,
        }));
      await repo.insertActivations(tx, activations);
      if (activations.length > 0) {
        await platformRepository.extendLicense(tx, plan.platformAfter);
        if (expiryMovedLater(platform, plan.platformAfter)) {
          await this.renewed(tx, { resourceType: 'PLATFORM', resourceId: instanceId, name: 'Platform', license: plan.platformAfter }, now);
        }
      }
      await this.grantOpenWindows(tx, now, null);
      this.recordUpload(
        tx,
        viewer,
        fileName,
        fresh.map((p) => p.certificate.id),
        skippedIds,
      );
      await this.outbox.packageUploaded(tx, now, { uploadId, fileName, importedCount: fresh.length, skippedCount: skippedIds.length });
      // SPEC 14: the mark moves to the instant this upload was judged at; last, so its row lock is brief.
      await this.licenseTime.advance(tx, now);
      // The answer is built from what was just written, not read back: 10 000 rows would cost a query.
      const byCertificate = new Map(activations.map((a) => [a.certificateId, a]));
      await this.counters?.addIn(tx, UPLOADS_TOTAL, { outcome: 'imported' });
      return { imported: certificates.map((c) => importedRow(c, byCertificate.get(c.id) ?? null)), skippedIds };
    });

    const skipped = await repo.getMany(em, skippedIds);
    const byId = new Map(skipped.map((r) => [r.id, r]));
    return { imported, skipped: skippedIds.map((id) => byId.get(id)!) };
  }

  /**
   * SPEC 12: what uploading `bytes` now would do — the same checks and plan as `upload`, read without a
   * lock and written nowhere (no rows, no audit, no events). Problems are part of the answer.
   */
  async preview(em: EntityManager, bytes: Uint8Array | null): Promise<PackagePreview> {
    const now = this.clock.now();
    const platform = await platformRepository.read(em);
    const result = await this.verify(bytes, platform.instanceId, now);
    if (!result.ok) return { at: now, problems: result.problems, plan: planPackage([], platform, new Set(), now) };
    const existing = await repo.existingIds(
      em,
      result.certificates.map((c) => c.id),
    );
    return { at: now, problems: [], plan: planPackage(result.certificates, platform, existing, now) };
  }

  /** SPEC 5 checks shared by upload and preview; `bytes` is null for a file over the size limit. */
  private async verify(bytes: Uint8Array | null, instanceId: string, now: Date): Promise<VerifyResult> {
    if (bytes === null) {
      const problem: Problem = {
        index: null,
        certificateId: null,
        code: 'TOO_LARGE',
        message: `The file is larger than the limit of ${this.limits.maxBytes} bytes.`,
      };
      return { ok: false, problems: [problem], certificates: [] };
    }
    return verifyPackage(bytes, { trustedKeys: this.trustedKeys(), platformId: instanceId, now, limits: this.limits });
  }

  /** Audits an upload; a huge package lists its first ids and counts the rest. */
  private recordUpload(tx: Transaction, viewer: Viewer, fileName: string, importedIds: readonly string[], skippedIds: readonly string[]): void {
    this.audit.record(tx.em, {
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
    await inTransaction(em, async (tx) => {
      const cert = await repo.lockForBinding(tx, licenseId);
      if (!cert) throw licenseNotFound(licenseId);
      const agent = await agentRepository.lockForLicense(tx, agentId);
      if (!agent) throw agentNotFound(agentId);
      const refusal = bindRefusal(cert, agent, now);
      if (refusal) throw notBindable(refusal);

      const validity = cert.permanent ? { permanent: true as const } : { permanent: false as const, days: cert.validityDays! };
      const activation = activate(agent, validity, now);
      try {
        await this.applyToAgent(tx, agent, now, {
          certificateId: cert.id,
          window: activation.window,
          resource: activation.resource,
          audit: {
            actorId: viewer.userId,
            action: 'AGENT_LICENSE_BOUND',
            summary: `Bound license ${cert.id} to agent "${agent.name}"`,
            details: { licenseId: cert.id, agentId, startsAt: activation.window?.startsAt ?? null, endsAt: activation.window?.endsAt ?? null },
          },
        });
      } catch (error) {
        // The row lock makes this unreachable in practice; the primary key is the last word.
        if (isUniqueViolation(error)) throw notBindable('ALREADY_BOUND');
        throw error;
      }
      await this.outbox.licenseBound(tx, now, {
        licenseId: cert.id,
        agentId,
        agentName: agent.name,
        startsAt: activation.window?.startsAt.toISOString() ?? null,
        endsAt: activation.window?.endsAt?.toISOString() ?? null,
      });
      await this.licenseTime.advance(tx, now);
    });
    return (await repo.get(em, licenseId))!;
  }

  /**
   * SPEC 3.4: grants every open unlimited window to the agents that are owed it (all live agents, or
   * only `agentIds`), in the caller's transaction. Each grant is claimed through a unique key, so
   * replicas sweeping together grant once.
   */
  async grantOpenWindows(tx: Transaction, now: Date, agentIds: readonly string[] | null): Promise<void> {
    for (const window of await repo.openUnlimitedWindows(tx.em, now)) {
      for (const agentId of await repo.agentsOwedGrant(tx.em, window.id, now, agentIds)) {
        const agent = await agentRepository.lockForLicense(tx, agentId);
        if (!agent) continue;
        const grant = unlimitedGrant(window, { ...agent, alreadyGranted: false }, now);
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
            orderId: window.orderId,
            issuer: window.issuer,
            issuedAt: window.issuedAt,
            activateBy: null,
            keyId: null,
            uploadId: null,
            uploadedAt: now,
            grantedBy: window.id,
          },
        ]);
        if (!(await repo.claimGrant(tx, window.id, agentId, certificateId))) {
          await repo.deleteCertificate(tx, certificateId);
          continue;
        }
        this.certificatesAdded(tx);
        await this.applyToAgent(tx, agent, now, {
          certificateId,
          window: { startsAt: grant.startsAt, endsAt: grant.endsAt },
          resource: grant.resource,
          audit: {
            actorId: null,
            action: 'UNLIMITED_LICENSE_GRANTED',
            summary: `Granted an agent license to "${agent.name}" from unlimited license ${window.id}`,
            details: { licenseId: certificateId, unlimitedLicenseId: window.id },
          },
        });
      }
    }
  }

  /**
   * The one path by which a license reaches an agent (binding and grants): records the activation,
   * extends the agent (locked by the caller), audits, and registers what follows the commit — the
   * agent refreshed on every replica, and a RENEWED event when its expiry moved later.
   */
  private async applyToAgent(tx: Transaction, agent: AgentLicenseState, now: Date, activation: AgentActivation): Promise<void> {
    await repo.insertActivations(tx, [
      {
        certificateId: activation.certificateId,
        agentId: agent.id,
        activatedAt: now,
        startsAt: activation.window?.startsAt ?? null,
        endsAt: activation.window?.endsAt ?? null,
      },
    ]);
    await agentRepository.extendLicense(tx, agent.id, activation.resource);
    this.audit.record(tx.em, { ...activation.audit, resourceType: 'AGENT', resourceId: agent.id });
    this.directory.changedIn(tx, agent.id);
    if (expiryMovedLater(agent, activation.resource)) {
      await this.renewed(tx, { resourceType: 'AGENT', resourceId: agent.id, name: agent.name, license: activation.resource }, now);
    }
  }

  /** RENEWED: queued for webhooks in `tx`, and announced to subscribers once it commits. */
  private async renewed(tx: Transaction, change: ExpiryChange, now: Date): Promise<void> {
    await this.outbox.expiryEvents(tx, [renewedEvent(change, now)], now);
    this.events.renewedAfterCommit(tx, change);
  }

  /** Drops certificate counts here and on every replica once `tx` has committed. */
  private certificatesAdded(tx: Transaction): void {
    tx.afterCommit(async () => {
      this.counts.drop();
      await this.bus.publish('certificates-added', {});
    }, 'certificates-added');
  }

  /** The periodic (and test-hook) grant sweep: windows that opened since the last one. */
  async sweepGrants(em: EntityManager): Promise<void> {
    const now = this.clock.now();
    await inTransaction(em, (tx) => this.grantOpenWindows(tx, now, null));
  }

  get(em: EntityManager, id: string): Promise<LicenseRow | null> {
    return repo.get(em, id);
  }

  /** A page (first + 1 rows) of certificates and the total that matches, statuses judged at the current second. */
  async page(em: EntityManager, filter: LicenseFilter, first: number, afterSeq: string | null): Promise<{ rows: LicenseRow[]; total: number }> {
    const now = this.clock.now();
    const status = filter.status;
    const [rows, total] = await Promise.all([
      repo.page(em, filter, now, first, afterSeq),
      status ? repo.countWithStatus(em, { ...filter, status }, now) : this.counts.total(filter.type ?? null, () => repo.countByType(em)),
    ]);
    return { rows, total };
  }

  /**
   * SPEC 12 export: every certificate matching `filter`, newest first, in batches of `batchSize` read by
   * keyset (never all rows at once), statuses judged at one instant for the whole export.
   */
  async *exportBatches(em: EntityManager, filter: LicenseFilter, batchSize: number): AsyncGenerator<{ rows: LicenseRow[]; now: Date }> {
    const now = this.clock.now();
    let afterSeq: string | null = null;
    for (;;) {
      const page = await repo.page(em, filter, now, batchSize, afterSeq);
      const rows = page.slice(0, batchSize);
      if (rows.length > 0) yield { rows, now };
      if (page.length <= batchSize) return;
      afterSeq = rows[rows.length - 1]!.seq;
    }
  }

  /** The licenses bound to each of `agentIds`, latest first, in the order of `agentIds` (a DataLoader batch). */
  async ofAgents(em: EntityManager, agentIds: readonly string[]): Promise<LicenseRow[][]> {
    const rows = await repo.ofAgents(em, agentIds);
    return agentIds.map((id) => rows.filter((r) => r.agentId === id));
  }

  /** SPEC 12 `Platform.coverage`: the platform's windows, oldest first. */
  platformCoverage(em: EntityManager): Promise<CoverageRow[]> {
    return repo.platformCoverage(em);
  }

  /** SPEC 12 `Agent.coverage` for each of `agentIds`, oldest first, in their order (a DataLoader batch). */
  async coverageOfAgents(em: EntityManager, agentIds: readonly string[]): Promise<CoverageRow[][]> {
    const rows = await repo.coverageOfAgents(em, agentIds);
    return agentIds.map((id) => rows.filter((r) => r.agentId === id));
  }

  /** How many licenses are bound to each of `agentIds`, in their order (a DataLoader batch). */
  async countOfAgents(em: EntityManager, agentIds: readonly string[]): Promise<number[]> {
    const counts = await repo.countOfAgents(em, agentIds);
    return agentIds.map((id) => counts.get(id) ?? 0);
  }

  async unlimitedAgentsActive(em: EntityManager): Promise<boolean> {
    return unlimitedAgentsActive(await repo.unlimitedWindows(em), this.clock.now());
  }

  /** A refused package is audited in a transaction of its own: nothing of it is imported. */
  private async refuse(em: EntityManager, viewer: Viewer, fileName: string, problems: readonly Problem[]): Promise<void> {
    await inTransaction(em, async (tx) => {
      this.audit.record(tx.em, {
        actorId: viewer.userId,
        action: 'LICENSE_PACKAGE_REFUSED',
        summary: `Refused ${fileName}: ${problems.length} problem(s)`,
        details: { fileName, problems: problems.slice(0, 100) },
      });
      await this.counters?.addIn(tx, UPLOADS_TOTAL, { outcome: 'invalid' });
    });
  }
}
