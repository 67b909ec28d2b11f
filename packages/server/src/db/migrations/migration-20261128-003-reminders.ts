import { Migration } from '@mikro-orm/migrations';

/**
 * Reminders and in-app notifications. The reminder key (resource, expiry, threshold) makes each
 * reminder — and, with threshold 0, each EXPIRED event — happen once across restarts and replicas.
 */
export class Migration20261128003Reminders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE reminder (
        resource_type text NOT NULL CHECK (resource_type IN ('PLATFORM', 'AGENT')),
        resource_id text NOT NULL,
        expires_at timestamptz NOT NULL,
        threshold integer NOT NULL CHECK (threshold >= 0),
        sent_at timestamptz NOT NULL,
        PRIMARY KEY (resource_type, resource_id, expires_at, threshold)
      )`);
    this.addSql(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        kind text NOT NULL CHECK (kind IN ('REMINDER', 'EXPIRED')),
        resource_type text NOT NULL,
        resource_id text NOT NULL,
        name text NOT NULL,
        expires_at timestamptz NOT NULL,
        days_left integer NOT NULL,
        threshold integer NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz NULL
      )`);
    this.addSql('CREATE INDEX notification_user_idx ON notification (user_id, seq DESC)');
    this.addSql('CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE notification, reminder');
  }
}
