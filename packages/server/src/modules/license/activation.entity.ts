import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A certificate applied to its resource (append-only). The primary key makes a certificate activate at
 * most once, the database's own refusal of a second binding. `agentId` is null for platform ones.
 */
@Entity({ tableName: 'activation' })
export class Activation {
  @PrimaryKey({ type: 'text' })
  certificateId!: string;

  @Property({ type: 'uuid', nullable: true })
  agentId: string | null = null;

  @Property({ type: 'datetime' })
  activatedAt!: Date;

  /** The certificate's window; null when absorbed by a permanent resource (SPEC 3.2). */
  @Property({ type: 'datetime', nullable: true })
  startsAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  endsAt: Date | null = null;
}
