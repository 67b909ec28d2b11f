import { Migration } from '@mikro-orm/migrations';

/**
 * Agents, certificates, activations, uploads, channel messages and the audit log. Certificates and
 * activations are append-only facts: a certificate activates at most once (the primary key of
 * `activation`), which is how the database itself refuses a second binding.
 */
export class Migration20261128002Licenses extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE agent (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        name text NOT NULL,
        flow jsonb NOT NULL,
        channel_token text NOT NULL UNIQUE,
        expires_at timestamptz NULL,
        permanent boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        deleted_at timestamptz NULL
      )`);
    this.addSql('CREATE INDEX agent_live_expiry_idx ON agent (expires_at) WHERE deleted_at IS NULL AND NOT permanent');
    this.addSql(`
      CREATE TABLE license_upload (
        id uuid PRIMARY KEY,
        file_name text NOT NULL,
        uploaded_by uuid NULL REFERENCES app_user (id),
        uploaded_at timestamptz NOT NULL
      )`);
    this.addSql(`
      CREATE TABLE certificate (
        id text PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        type text NOT NULL CHECK (type IN ('PLATFORM', 'AGENT', 'PLATFORM_UNLIMITED_AGENTS')),
        mode text NOT NULL CHECK (mode IN ('SUBSCRIPTION', 'BUYOUT', 'TEST')),
        validity_days integer NULL CHECK (validity_days BETWEEN 1 AND 36500),
        permanent boolean NOT NULL,
        licensee text NOT NULL,
        order_id text NULL,
        issuer text NOT NULL,
        issued_at timestamptz NOT NULL,
        activate_by timestamptz NULL,
        key_id text NULL,
        upload_id uuid NULL REFERENCES license_upload (id),
        uploaded_at timestamptz NOT NULL,
        granted_by text NULL REFERENCES certificate (id),
        -- Vendor certificates have days or are permanent; auto-grants carry their window instead.
        CHECK (granted_by IS NOT NULL OR permanent = (validity_days IS NULL))
      )`);
    this.addSql('CREATE INDEX certificate_type_idx ON certificate (type, seq DESC)');
    this.addSql(`
      CREATE TABLE activation (
        certificate_id text PRIMARY KEY REFERENCES certificate (id),
        agent_id uuid NULL REFERENCES agent (id),
        activated_at timestamptz NOT NULL,
        starts_at timestamptz NULL,
        ends_at timestamptz NULL
      )`);
    this.addSql('CREATE INDEX activation_agent_idx ON activation (agent_id) WHERE agent_id IS NOT NULL');
    // One auto-grant per unlimited certificate and agent, whichever replica sweeps first.
    this.addSql(`
      CREATE TABLE unlimited_grant (
        unlimited_certificate_id text NOT NULL REFERENCES certificate (id),
        agent_id uuid NOT NULL REFERENCES agent (id),
        certificate_id text NOT NULL REFERENCES certificate (id),
        PRIMARY KEY (unlimited_certificate_id, agent_id)
      )`);
    this.addSql(`
      CREATE TABLE channel_message (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        agent_id uuid NOT NULL REFERENCES agent (id),
        source text NOT NULL CHECK (source IN ('CHANNEL', 'TEST_CHAT')),
        text text NOT NULL,
        reply text NULL,
        refused boolean NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX channel_message_agent_idx ON channel_message (agent_id, seq DESC)');
    this.addSql(`
      CREATE TABLE audit_event (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL UNIQUE,
        at timestamptz NOT NULL,
        actor_id uuid NULL REFERENCES app_user (id),
        action text NOT NULL,
        resource_type text NULL,
        resource_id text NULL,
        summary text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE audit_event, channel_message, unlimited_grant, activation, certificate, license_upload, agent');
  }
}
