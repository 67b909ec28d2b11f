import { Migration } from '@mikro-orm/migrations';

/**
 * SPEC 10: users' mail preferences, webhook endpoints, and the outbox. A delivery row is written in the
 * transaction of the event that causes it; dispatchers on every replica claim due rows with
 * `FOR UPDATE SKIP LOCKED` and a lease (`claimed_until`), so a replica killed mid-send is retried by another.
 */
export class Migration20261201004Outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE app_user ADD COLUMN email_reminders boolean NOT NULL DEFAULT true`);
    this.addSql(`ALTER TABLE app_user ADD COLUMN locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'zh-CN'))`);
    this.addSql(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        url text NOT NULL,
        description text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        created_by uuid NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL,
        deleted_at timestamptz NULL
      )`);
    this.addSql(`
      CREATE TABLE outbox_delivery (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        channel text NOT NULL CHECK (channel IN ('WEBHOOK', 'EMAIL')),
        endpoint_id uuid NULL REFERENCES webhook_endpoint (id),
        recipient_id uuid NULL REFERENCES app_user (id),
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NULL,
        claimed_until timestamptz NULL,
        claim_token uuid NULL,
        last_status_code integer NULL,
        last_error text NULL,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz NULL,
        CHECK ((channel = 'WEBHOOK') = (endpoint_id IS NOT NULL)),
        CHECK ((channel = 'EMAIL') = (recipient_id IS NOT NULL))
      )`);
    // The dispatcher's claim reads only pending rows, by due time.
    this.addSql(`CREATE INDEX outbox_delivery_due_idx ON outbox_delivery (next_attempt_at) WHERE status = 'PENDING'`);
    this.addSql('CREATE INDEX outbox_delivery_endpoint_idx ON outbox_delivery (endpoint_id, seq DESC)');
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE outbox_delivery, webhook_endpoint');
    this.addSql('ALTER TABLE app_user DROP COLUMN email_reminders, DROP COLUMN locale');
  }
}
