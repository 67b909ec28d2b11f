import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

export type AuditAction =
  | 'LICENSE_PACKAGE_UPLOADED'
  | 'LICENSE_PACKAGE_REFUSED'
  | 'AGENT_LICENSE_BOUND'
  | 'AGENT_CREATED'
  | 'AGENT_DELETED'
  | 'AGENT_MESSAGE_REFUSED'
  | 'UNLIMITED_LICENSE_GRANTED'
  | 'EXPIRY_REMINDER_SENT'
  | 'RESOURCE_EXPIRED'
  | 'WEBHOOK_ENDPOINT_CREATED'
  | 'WEBHOOK_ENDPOINT_DELETED'
  | 'WEBHOOK_DELIVERY_FAILED'
  | 'EMAIL_DELIVERY_FAILED'
  | 'CLOCK_ROLLED_BACK';

/** Who did what to which resource, and when (the license clock's "when"). */
@Entity({ tableName: 'audit_event' })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'bigint', autoincrement: true, persist: false })
  seq!: Opt<string>;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'text' })
  action!: AuditAction;

  @Property({ type: 'text', nullable: true })
  resourceType: string | null = null;

  @Property({ type: 'text', nullable: true })
  resourceId: string | null = null;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'json' })
  details: Record<string, unknown> = {};
}
