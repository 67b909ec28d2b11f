import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { ResourceType } from '../expiry/index.js';

/** CLOCK_ROLLED_BACK: the system clock was set back behind the license clock (SPEC 14). */
export type NotificationKind = 'REMINDER' | 'EXPIRED' | 'CLOCK_ROLLED_BACK';

/** An in-app notification of one user about one reminder or expiry (SPEC 7). */
@Entity({ tableName: 'notification' })
export class Notification {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'bigint', autoincrement: true, persist: false })
  seq!: Opt<string>;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  kind!: NotificationKind;

  @Property({ type: 'text' })
  resourceType!: ResourceType;

  @Property({ type: 'text' })
  resourceId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'integer' })
  daysLeft!: number;

  @Property({ type: 'integer', nullable: true })
  threshold: number | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;
}
