import { Migration } from '@mikro-orm/migrations';

/**
 * SPEC 14: the high-water mark of license time (one row, only ever moved later but by the test hook)
 * and the rollback incidents, keyed by the mark they happened at so that replicas record each once.
 * Notifications gain the CLOCK_ROLLED_BACK kind.
 */
export class Migration20261201016LicenseClock extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE license_clock (
        id smallint PRIMARY KEY CHECK (id = 1),
        high_water timestamptz NOT NULL
      )`);
    this.addSql('INSERT INTO license_clock (id, high_water) VALUES (1, now())');
    this.addSql(`
      CREATE TABLE clock_incident (
        high_water timestamptz PRIMARY KEY,
        observed_at timestamptz NOT NULL
      )`);
    this.addSql('ALTER TABLE notification DROP CONSTRAINT notification_kind_check');
    this.addSql("ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('REMINDER', 'EXPIRED', 'CLOCK_ROLLED_BACK'))");
  }

  override async down(): Promise<void> {
    this.addSql("DELETE FROM notification WHERE kind = 'CLOCK_ROLLED_BACK'");
    this.addSql('ALTER TABLE notification DROP CONSTRAINT notification_kind_check');
    this.addSql("ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('REMINDER', 'EXPIRED'))");
    this.addSql('DROP TABLE clock_incident, license_clock');
  }
}
