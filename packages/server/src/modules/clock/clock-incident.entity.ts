import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * SPEC 14: one clock rollback, keyed by the high-water mark it happened at. The mark cannot move while
 * the clock stays behind it, so every replica that sees the incident names it alike and records it once.
 */
@Entity({ tableName: 'clock_incident' })
export class ClockIncident {
  @PrimaryKey({ type: 'datetime' })
  highWater!: Date;

  /** What the system clock read when the incident was first seen. */
  @Property({ type: 'datetime' })
  observedAt!: Date;
}
