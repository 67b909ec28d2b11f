import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { LOCALES, type Locale } from './locale.js';
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

  /** SPEC 10: whether REMINDER and EXPIRED events are mailed to this user (when their role is told). */
  @Property({ type: 'boolean' })
  emailReminders: Opt<boolean> = true;

  /** The language of this user's mails and app; null until they choose (mails in English, the app the browser's). */
  @Enum({ items: () => LOCALES, type: 'text', nullable: true })
  locale: Opt<Locale> | null = null;
}
