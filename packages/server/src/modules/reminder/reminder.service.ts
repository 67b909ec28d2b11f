import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock/clock.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import type { AuditService } from '../audit/index.js';
import { userRepository } from '../auth/index.js';
import { daysLeft, type ExpiryEvent, type ExpiryEventKind, type ExpiryEvents, type ResourceType } from '../expiry/index.js';
import type { OutboxService } from '../outbox/index.js';
import { platformRepository } from '../platform/index.js';
import type { NotificationKind } from './notification.entity.js';
import { notificationRepository } from './notification.repository.js';
import { EXPIRED, reminderRepository } from './reminder.repository.js';
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

/**
 * SPEC 7: finds what is due now for the platform and the live agents that expire soon (or have just
 * expired), claims each (resource, expiry, threshold) through the reminder table's key — so that two
 * replicas sweeping together, or a restart mid-sweep, send it once — and then notifies.
 */
export class ReminderService {
  constructor(
    private readonly clock: Clock,
    private readonly thresholds: readonly number[],
    private readonly audit: AuditService,
    private readonly events: ExpiryEvents,
    private readonly outbox: OutboxService,
  ) {}

  async sweep(em: EntityManager): Promise<void> {
    const now = this.clock.now();
    const due = [...(await this.platformDue(em, now)), ...(await this.agentsDue(em, now))];
    if (due.length === 0) return;

    await inTransaction(em, async (tx) => {
      const claimed = await reminderRepository.claim(tx, due, now);
      if (claimed.length === 0) return;
      const events = claimed.map((r) => toEvent(r, now));
      await this.notify(tx, claimed, now);
      for (const event of events) {
        this.audit.record(tx.em, {
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
      // Mails and webhooks are queued in this transaction: the reminder key and its deliveries commit together.
      await this.outbox.expiryEvents(tx, events, now);
      this.events.publishAfterCommit(tx, events);
    });
  }

  /**
   * SPEC 14: one notification per license manager for a clock rollback, made in the transaction that
   * recorded the incident. `expiresAt` carries the high-water mark: the time licenses are judged at.
   */
  async notifyClockRolledBack(tx: Transaction, incident: { readonly highWater: Date }): Promise<void> {
    const [license, userIds] = await Promise.all([platformRepository.read(tx.em), userRepository.withPermission(tx.em, 'MANAGE_LICENSES')]);
    await notificationRepository.insertMany(
      tx,
      userIds.map((userId) => ({
        id: randomUUID(),
        userId,
        kind: 'CLOCK_ROLLED_BACK',
        resourceType: 'PLATFORM',
        resourceId: license.instanceId,
        name: 'Platform',
        expiresAt: incident.highWater,
        daysLeft: 0,
        threshold: null,
        createdAt: incident.highWater,
      })),
    );
  }

  private async platformDue(em: EntityManager, now: Date): Promise<DueReminder[]> {
    const license = await platformRepository.read(em);
    if (license.permanent || license.expiresAt === null) return [];
    return this.dueFor([{ resourceType: 'PLATFORM', resourceId: license.instanceId, name: 'Platform', expiresAt: license.expiresAt }], now);
  }

  /** Only agents inside the look-ahead, or expired without their EXPIRED event: index ranges, not a scan. */
  private async agentsDue(em: EntityManager, now: Date): Promise<DueReminder[]> {
    const agents = await reminderRepository.agentsDue(em, now, new Date(now.getTime() + lookaheadMs(this.thresholds)));
    return this.dueFor(
      agents.map((a) => ({ resourceType: 'AGENT', resourceId: a.id, name: a.name, expiresAt: a.expiresAt })),
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

  /** One in-app notification per user who may manage licenses, per claimed reminder. */
  private async notify(tx: Transaction, reminders: readonly DueReminder[], now: Date): Promise<void> {
    const userIds = await userRepository.withPermission(tx.em, 'MANAGE_LICENSES');
    await notificationRepository.insertMany(
      tx,
      userIds.flatMap((userId) =>
        reminders.map((r) => ({
          id: randomUUID(),
          userId,
          kind: kindOf(r),
          resourceType: r.resourceType,
          resourceId: r.resourceId,
          name: r.name,
          expiresAt: r.expiresAt,
          daysLeft: daysLeftOf(r, now),
          threshold: thresholdOf(r),
          createdAt: now,
        })),
      ),
    );
  }
}

const kindOf = (reminder: DueReminder): Extract<NotificationKind, ExpiryEventKind> => (reminder.threshold === EXPIRED ? 'EXPIRED' : 'REMINDER');
const thresholdOf = (reminder: DueReminder): number | null => (reminder.threshold === EXPIRED ? null : reminder.threshold);
const daysLeftOf = (reminder: DueReminder, now: Date): number => daysLeft({ expiresAt: reminder.expiresAt, permanent: false }, now) ?? 0;

function toEvent(reminder: DueReminder, now: Date): ExpiryEvent {
  return {
    kind: kindOf(reminder),
    resourceType: reminder.resourceType,
    resourceId: reminder.resourceId,
    name: reminder.name,
    expiresAt: reminder.expiresAt.toISOString(),
    daysLeft: daysLeftOf(reminder, now),
    threshold: thresholdOf(reminder),
  };
}
