import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** SPEC 14: the high-water mark of license time, shared by every replica: always the row with id 1. */
@Entity({ tableName: 'license_clock' })
export class LicenseClock {
  @PrimaryKey({ type: 'smallint' })
  id: number = 1;

  @Property({ type: 'datetime' })
  highWater!: Date;
}
