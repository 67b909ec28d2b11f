import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The single installation (SPEC 1): always the row with id 1. */
@Entity({ tableName: 'platform' })
export class Platform {
  @PrimaryKey({ type: 'smallint' })
  id: number = 1;

  @Property({ type: 'uuid' })
  instanceId!: string;

  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: 'boolean' })
  permanent: boolean = false;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
