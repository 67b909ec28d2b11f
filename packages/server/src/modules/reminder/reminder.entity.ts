import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ResourceType } from '../expiry/index.js';

/**
 * A sent reminder, or with threshold 0 an EXPIRED event. The key (resource, expiry, threshold) makes
 * each happen once across restarts and replicas.
 */
@Entity({ tableName: 'reminder' })
export class Reminder {
  @PrimaryKey({ type: 'text' })
  resourceType!: ResourceType;

  @PrimaryKey({ type: 'text' })
  resourceId!: string;

  @PrimaryKey({ type: 'datetime' })
  expiresAt!: Date;

  @PrimaryKey({ type: 'integer' })
  threshold!: number;

  @Property({ type: 'datetime' })
  sentAt!: Date;
}
