import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { DeliveryStatus } from './outbox.rules.js';

export type DeliveryChannel = 'WEBHOOK' | 'EMAIL';

/**
 * One message to send, written in the transaction of its event (the outbox, SPEC 10). Its id is the
 * `webhook-id` of every attempt, and the mail's Message-ID, so receivers can de-duplicate.
 */
@Entity({ tableName: 'outbox_delivery' })
export class OutboxDelivery {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'bigint', autoincrement: true, persist: false })
  seq!: Opt<string>;

  @Property({ type: 'text' })
  channel!: DeliveryChannel;

  @Property({ type: 'uuid', nullable: true })
  endpointId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  recipientId: string | null = null;

  @Property({ type: 'text' })
  eventType!: string;

  /** Webhooks: the exact body. Mails: the recipient's address, locale and the expiry event. */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'text' })
  status!: DeliveryStatus;

  @Property({ type: 'integer' })
  attempts!: number;

  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt: Date | null = null;

  /** The lease: until then the claiming replica owns the attempt; after it, any replica may retry. */
  @Property({ type: 'datetime', nullable: true })
  claimedUntil: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  claimToken: string | null = null;

  @Property({ type: 'integer', nullable: true })
  lastStatusCode: number | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;
}
