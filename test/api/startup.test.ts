import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { freePort } from '../support/ports.js';
import { spawnServer, waitForOk } from '../support/process.js';
import { fileURLToPath } from 'node:url';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, UPLOAD_MUTATION } from '../support/server.js';
import { vectorFile, VECTORS_DIR, VECTOR_PLATFORM_ID } from '../support/vectors.js';

describe('start-up', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('refuses a bad configuration with a message naming the variable', async () => {
    const server = spawnServer({ DATABASE_URL: db.url, PLATFORM_INSTANCE_ID: 'not-a-uuid' });
    expect(await server.exited).toBe(2);
    expect(server.output()).toContain('PLATFORM_INSTANCE_ID must be a UUID');
  });

  it('refuses production without LICENSE_TRUSTED_KEYS', async () => {
    const server = spawnServer({ DATABASE_URL: db.url, NODE_ENV: 'production' });
    expect(await server.exited).toBe(2);
    expect(server.output()).toContain('LICENSE_TRUSTED_KEYS is required');
  });

  it('reads LICENSE_TRUSTED_KEYS from a JWKS file, and refuses to start on one that cannot be read', async () => {
    const keysFile = fileURLToPath(new URL('trusted-keys.jwks.json', VECTORS_DIR));
    const fresh = await createTestDatabase();
    const server = await startTestServer({ LICENSE_TRUSTED_KEYS: keysFile, PLATFORM_INSTANCE_ID: VECTOR_PLATFORM_ID }, fresh);
    try {
      await server.setClock(new Date('2026-07-01T00:00:00Z'));
      const admin = await server.admin();
      const result = await admin.upload(UPLOAD_MUTATION, { name: 'rotated-key.lcs', content: new Uint8Array(await vectorFile('rotated-key.lcs')) });
      expect(result.errors).toBeUndefined();
    } finally {
      await server.stop();
      await fresh.drop();
    }
    const broken = spawnServer({ DATABASE_URL: db.url, LICENSE_TRUSTED_KEYS: '/nonexistent/keys.json' });
    expect(await broken.exited).toBe(1);
    expect(broken.output()).toContain('LICENSE_TRUSTED_KEYS names a file that cannot be read');
  });

  it('migrates an empty database, and a restart keeps the data and adds no second admin', async () => {
    const first = await startTestServer({ PLATFORM_INSTANCE_ID: '11111111-2222-4333-8444-555555555555' }, db);
    const migrations = await first.sql<{ name: string }>('SELECT name FROM mikro_orm_migrations ORDER BY id');
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations[0]!.name).toBe('Migration20261128001Initial');
    await first.stop();

    const second = await startTestServer({ ADMIN_EMAIL: 'other@test.example', PLATFORM_INSTANCE_ID: '99999999-2222-4333-8444-555555555555' }, db);
    try {
      expect(await second.sql('SELECT email FROM app_user')).toEqual([{ email: ADMIN_EMAIL }]);
      // The instance id is made once; the variable only applies to a fresh database.
      expect(await second.sql('SELECT instance_id FROM platform')).toEqual([{ instance_id: '11111111-2222-4333-8444-555555555555' }]);
      expect(await (await second.admin()).data('{ me { email } }')).toEqual({ me: { email: ADMIN_EMAIL } });
    } finally {
      await second.stop();
    }
  });

  it('runs as a process: /healthz and /readyz answer, the admin signs in, SIGTERM stops it cleanly', async () => {
    const fresh = await createTestDatabase();
    const port = await freePort();
    const server = spawnServer({ DATABASE_URL: fresh.url, PORT: String(port), ADMIN_EMAIL, ADMIN_PASSWORD });
    try {
      await waitForOk(`http://127.0.0.1:${port}/readyz`);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(email: "${ADMIN_EMAIL}", password: "${ADMIN_PASSWORD}") { token } }` }),
      });
      expect(((await login.json()) as { data: { login: { token: string } } }).data.login.token).toMatch(/^lms_/);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      server.child.kill('SIGKILL');
      await fresh.drop();
    }
  });
});
