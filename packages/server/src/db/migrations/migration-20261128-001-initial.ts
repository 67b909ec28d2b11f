import { Migration } from '@mikro-orm/migrations';

/** Users, sign-in state and the platform singleton. */
export class Migration20261128001Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'LICENSE_MANAGER', 'OPERATOR', 'VIEWER')),
        created_at timestamptz NOT NULL,
        disabled_at timestamptz NULL
      )`);
    this.addSql('CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))');
    this.addSql(`
      CREATE TABLE access_token (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id),
        kind text NOT NULL CHECK (kind IN ('SESSION', 'API')),
        name text NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NULL,
        last_used_at timestamptz NULL,
        revoked_at timestamptz NULL
      )`);
    this.addSql('CREATE INDEX access_token_user_idx ON access_token (user_id, created_at DESC)');
    this.addSql(`
      CREATE TABLE login_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        address text NOT NULL,
        at timestamptz NOT NULL
      )`);
    this.addSql('CREATE INDEX login_failure_email_idx ON login_failure (email, at)');
    this.addSql('CREATE INDEX login_failure_address_idx ON login_failure (address, at)');
    this.addSql(`
      CREATE TABLE platform (
        id smallint PRIMARY KEY CHECK (id = 1),
        instance_id uuid NOT NULL,
        expires_at timestamptz NULL,
        permanent boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL
      )`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE platform, login_failure, access_token, app_user');
  }
}
