import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock/clock.js';
import { sql } from '../../db/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { rolesWith } from '../auth/access.rules.js';
import { daysLeft } from '../license/license.rules.js';
import type { PlatformService } from '../platform/platform.service.js';
import type { ExpiryEvent, ExpiryEvents, ResourceType } from './expiry-events.js';
import { dueThreshold, expiryDue, lookaheadMs } from './reminder.rules.js';

/** A timed resource the sweep looks at. */
interface TimedResource {
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  readonly name: string;
  readonly expiresAt: Date;
}

/** A reminder (threshold > 0) or the EXPIRED event (threshold 0) that is due now. */
interface DueReminder extends TimedResource {
  readonly threshold: number;
}

/** Marks the EXPIRED event in the reminder key. */
const EXPIRED = 0;

/**
 * SPEC 7: finds what is due now for the platform and the live agents that expire soon (or have just
 * expired), claims each (resource, expiry, threshold) through the reminder table's key — so that two
 * replicas sweeping together, or a restart mid-sweep, send it once — and then notifies.
 */
export class ReminderService {
  constructor(
    private readonly clock: Clock,
    private readonly thresholds: readonly number[],
    private readonly platform: PlatformService,
    private readonly audit: AuditService,
    private readonly events: ExpiryEvents,
  ) {}

  async sweep(em: EntityManager): Promise<void> {
    const now = this.clock.now();
    const due = [...(await this.platformDue(em, now)), ...(await this.agentsDue(em, now))];
    if (due.length === 0) return;

    const sent = await em.transactional(async (tx) => {
      const claimed = await this.claim(tx, due, now);
      if (claimed.length === 0) return [];
      const events = claimed.map((r) => toEvent(r, now));
      await this.notify(tx, events, now);
      for (const event of events) {
        this.audit.record(tx, {
          actorId: null,
          action: event.kind === 'EXPIRED' ? 'RESOURCE_EXPIRED' : 'EXPIRY_REMINDER_SENT',
          resourceType: event.resourceType,
          resourceId: event.resourceId,
          summary:
            event.kind === 'EXPIRED'
              ? `${event.name}: the license expired`
              : `${event.name}: reminded ${event.threshold} day(s) before expiry (${event.daysLeft} day(s) left)`,
          details: { expiresAt: event.expiresAt, threshold: event.threshold },
        });
      }
      return events;
    });
    await this.events.publish(sent);
  }

  private async platformDue(em: EntityManager, now: Date): Promise<DueReminder[]> {
    const license = await this.platform.license(em);
    if (license.permanent || license.expiresAt === null) return [];
    return this.dueFor([{ resourceType: 'PLATFORM', resourceId: license.instanceId, name: 'Platform', expiresAt: license.expiresAt }], now);
  }

  /** Only agents inside the look-ahead, or expired without their EXPIRED event: an index range, not a scan. */
  private async agentsDue(em: EntityManager, now: Date): Promise<DueReminder[]> {
    const rows = await sql<{ id: string; name: string; expires_at: Date }>(
      em,
      `SELECT g.id, g.name, g.expires_at FROM agent g
        WHERE g.deleted_at IS NULL AND NOT g.permanent AND g.expires_at > ? AND g.expires_at <= ?
       UNION ALL
       SELECT g.id, g.name, g.expires_at FROM agent g
        WHERE g.deleted_at IS NULL AND NOT g.permanent AND g.expires_at <= ?
          AND NOT EXISTS (SELECT 1 FROM reminder r WHERE r.resource_type = 'AGENT' AND r.resource_id = g.id::text
                             AND r.expires_at = g.expires_at AND r.threshold = ${EXPIRED})`,
      [now, new Date(now.getTime() + lookaheadMs(this.thresholds)), now],
    );
    return this.dueFor(
      rows.map((r) => ({ resourceType: 'AGENT', resourceId: r.id, name: r.name, expiresAt: r.expires_at })),
      now,
    );
  }

  private dueFor(resources: readonly TimedResource[], now: Date): DueReminder[] {
    return resources.flatMap((resource): DueReminder[] => {
      if (expiryDue(resource.expiresAt, now)) return [{ ...resource, threshold: EXPIRED }];
      const threshold = dueThreshold(resource.expiresAt, this.thresholds, now);
      return threshold === null ? [] : [{ ...resource, threshold }];
    });
  }

  /** Inserts the reminder keys; returns only those this transaction inserted. */
  private async claim(tx: EntityManager, due: readonly DueReminder[], now: Date): Promise<DueReminder[]> {
    const rows = await sql<{ resource_type: string; resource_id: string; expires_at: Date; threshold: number }>(
      tx,
      `INSERT INTO reminder (resource_type, resource_id, expires_at, threshold, sent_at)
       SELECT "resourceType", "resourceId", "expiresAt", threshold, ?
         FROM jsonb_to_recordset(?::jsonb) AS x("resourceType" text, "resourceId" text, "expiresAt" timestamptz, threshold integer)
       ON CONFLICT DO NOTHING
       RETURNING resource_type, resource_id, expires_at, threshold`,
      [now, JSON.stringify(due)],
    );
    const claimed = new Set(rows.map((r) => `${r.resource_type}|${r.resource_id}|${r.expires_at.getTime()}|${r.threshold}`));
    return due.filter((d) => claimed.has(`${d.resourceType}|${d.resourceId}|${d.expiresAt.getTime()}|${d.threshold}`));
  }

  /** One in-app notification per user who may manage licenses, per event. */
  private async notify(tx: EntityManager, events: readonly ExpiryEvent[], now: Date): Promise<void> {
    const users = await sql<{ id: string }>(tx, `SELECT id FROM app_user WHERE disabled_at IS NULL AND role IN (SELECT jsonb_array_elements_text(?::jsonb))`, [
      JSON.stringify(rolesWith('MANAGE_LICENSES')),
    ]);
    const rows = users.flatMap((user) =>
      events.map((e) => ({
        id: randomUUID(),
        userId: user.id,
        kind: e.kind,
        resourceType: e.resourceType,
        resourceId: e.resourceId,
        name: e.name,
        expiresAt: e.expiresAt,
        daysLeft: e.daysLeft ?? 0,
        threshold: e.threshold,
        createdAt: now,
      })),
    );
    if (rows.length === 0) return;
    await sql(
      tx,
      `INSERT INTO notification (id, user_id, kind, resource_type, resource_id, name, expires_at, days_left, threshold, created_at)
       SELECT id, "userId", kind, "resourceType", "resourceId", name, "expiresAt", "daysLeft", threshold, "createdAt"
         FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, "userId" uuid, kind text, "resourceType" text, "resourceId" text, name text,
                                                "expiresAt" timestamptz, "daysLeft" integer, threshold integer, "createdAt" timestamptz)`,
      [JSON.stringify(rows)],
    );
  }
}

function toEvent(reminder: DueReminder, now: Date): ExpiryEvent {
  return {
    kind: reminder.threshold === EXPIRED ? 'EXPIRED' : 'REMINDER',
    resourceType: reminder.resourceType,
    resourceId: reminder.resourceId,
    name: reminder.name,
    expiresAt: reminder.expiresAt.toISOString(),
    daysLeft: daysLeft({ expiresAt: reminder.expiresAt, permanent: false }, now),
    threshold: reminder.threshold === EXPIRED ? null : reminder.threshold,
  };
}
