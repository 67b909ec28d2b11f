import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One business counter (SPEC 13) for one label set, shared by every replica; written by SQL only. */
@Entity({ tableName: 'metric_counter' })
export class MetricCounter {
  @PrimaryKey({ type: 'text' })
  name!: string;

  @PrimaryKey({ type: 'json' })
  labels!: Record<string, string>;

  @Property({ type: 'bigint' })
  value!: string;
}
