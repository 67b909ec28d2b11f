import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { Role } from './access.rules.js';

@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Stored lower-cased; unique regardless of case. */
  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Enum({ items: () => ['ADMIN', 'LICENSE_MANAGER', 'OPERATOR', 'VIEWER'], type: 'text' })
  role!: Role;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  disabledAt: Date | null = null;
}
