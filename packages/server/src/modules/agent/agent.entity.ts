import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import type { Flow } from './flow.rules.js';

/** A chat agent (SPEC 1). Deletion is soft; its license is an expiry or permanent, as the platform's. */
@Entity({ tableName: 'agent' })
export class Agent {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Insertion order, for newest-first pages. */
  @Property({ type: 'bigint', autoincrement: true, persist: false })
  seq!: Opt<string>;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'json' })
  flow!: Flow;

  @Property({ type: 'text' })
  channelToken!: string;

  @Property({ type: 'datetime', nullable: true })
  expiresAt: Opt<Date> | null = null;

  @Property({ type: 'boolean' })
  permanent: Opt<boolean> = false;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  deletedAt: Opt<Date> | null = null;
}
