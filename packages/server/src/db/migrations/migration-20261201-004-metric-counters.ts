import { Migration } from '@mikro-orm/migrations';

/**
 * SPEC 13: business counters (`*_total`) kept in the database, so every replica answers `/metrics` with
 * the same values. One row per (metric, label set); writers add to it, scrapes read it.
 */
export class Migration20261201004MetricCounters extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE metric_counter (
        name text NOT NULL,
        labels jsonb NOT NULL,
        value bigint NOT NULL CHECK (value >= 0),
        PRIMARY KEY (name, labels)
      )`);
  }
}
