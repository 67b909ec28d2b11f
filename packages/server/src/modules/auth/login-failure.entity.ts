import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One failed sign-in; counted per account and per address to rate-limit guessing. */
@Entity({ tableName: 'login_failure' })
export class LoginFailure {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  address!: string;

  @Property({ type: 'datetime' })
  at!: Date;
}
