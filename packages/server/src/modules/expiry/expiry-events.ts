import { createPubSub } from '@graphql-yoga/subscription';
import type { Clock } from '../../clock/clock.js';
import type { Transaction } from '../../db/transaction.js';
import type { PgBus } from '../../events/pg-bus.js';
import { daysLeft, type ResourceLicense } from './expiry.rules.js';

export type ResourceType = 'PLATFORM' | 'AGENT';
export type ExpiryEventKind = 'REMINDER' | 'EXPIRED' | 'RENEWED';

/** A resource whose expiry moved later (upload, binding, grant). */
export interface ExpiryChange {
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  readonly name: string;
  readonly license: ResourceLicense;
}

/** What `expiringResources` subscribers receive (SPEC 9). Dates travel as ISO strings between replicas. */
export interface ExpiryEvent {
  readonly kind: ExpiryEventKind;
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  readonly name: string;
  readonly expiresAt: string | null;
  readonly daysLeft: number | null;
  readonly threshold: number | null;
}

export const EXPIRY_TOPIC = 'expiry';

/** The RENEWED event for a change, as seen at `now`. */
export function renewedEvent(change: ExpiryChange, now: Date): ExpiryEvent {
  return {
    kind: 'RENEWED',
    resourceType: change.resourceType,
    resourceId: change.resourceId,
    name: change.name,
    expiresAt: change.license.expiresAt?.toISOString() ?? null,
    daysLeft: daysLeft(change.license, now),
    threshold: null,
  };
}

/**
 * Fans expiry events out to subscribers on every replica: events are published on the PostgreSQL bus,
 * and each replica (the sender too) hands what arrives to its own in-process pub/sub.
 */
export class ExpiryEvents {
  readonly pubsub = createPubSub<{ [EXPIRY_TOPIC]: [ExpiryEvent] }>();

  constructor(
    private readonly bus: PgBus,
    private readonly clock: Clock,
  ) {
    bus.on('expiry-event', ({ event }) => this.pubsub.publish(EXPIRY_TOPIC, event as ExpiryEvent));
  }

  /** Publishes `events` once `tx` has committed. */
  publishAfterCommit(tx: Transaction, events: readonly ExpiryEvent[]): void {
    if (events.length > 0) tx.afterCommit(() => this.publish(events));
  }

  /** Announces, once `tx` has committed, that a resource's expiry moved later (RENEWED). */
  renewedAfterCommit(tx: Transaction, change: ExpiryChange): void {
    tx.afterCommit(() => this.publish([renewedEvent(change, this.clock.now())]));
  }

  private async publish(events: readonly ExpiryEvent[]): Promise<void> {
    for (const event of events) await this.bus.publish('expiry-event', { event });
  }
}
