import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { WebhookEventType } from './outbox.rules.js';

/** Where an admin asked the platform to post events (SPEC 10); deleting keeps the row for its deliveries. */
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'bigint', autoincrement: true, persist: false })
  seq!: Opt<string>;

  @Property({ type: 'text' })
  url!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text[]' })
  events!: WebhookEventType[];

  /** `whsec_…`; kept readable because every request is signed with it. */
  @Property({ type: 'text', hidden: true })
  secret!: string;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  deletedAt: Date | null = null;
}
