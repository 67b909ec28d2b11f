import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, withClient, type TestDatabase } from '../support/database.js';
import { devVendorKey, issuePackage } from '../support/licenses.js';
import { freePort } from '../support/ports.js';
import { killWhilePlatformLocked, spawnServer, waitForOk } from '../support/process.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, UPLOAD_MUTATION } from '../support/server.js';
import { GraphQLTestClient } from '../support/graphql-client.js';
import { mkdtemp, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('a crash in the middle of an import (SPEC 5)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it('SIGKILL during a 10 000-certificate import leaves no certificate and no extension; the next start is healthy', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'license-crash-'));
    await chmod(dataDir, 0o755);
    const port = await freePort();
    const env = { DATABASE_URL: db.url, PORT: String(port), DATA_DIR: dataDir, ADMIN_EMAIL, ADMIN_PASSWORD };
    const first = spawnServer(env);
    await waitForOk(`http://127.0.0.1:${port}/readyz`);
    const instanceId = await withClient(db.url, async (c) => (await c.query<{ instance_id: string }>('SELECT instance_id FROM platform')).rows[0]!.instance_id);
    const pkg = await issuePackage(
      await devVendorKey(dataDir),
      instanceId,
      Array.from({ length: 10_000 }, () => ({ type: 'PLATFORM' as const, days: 1 })),
    );
    const client = new GraphQLTestClient(`http://127.0.0.1:${port}`);
    const admin = new GraphQLTestClient(client.baseUrl, await client.login(ADMIN_EMAIL, ADMIN_PASSWORD));

    const upload = admin.upload(UPLOAD_MUTATION, { name: 'huge.lcs', content: pkg.content }).catch((error: unknown) => error);
    const killed = await killWhilePlatformLocked(db.url, first);
    expect(killed).toBe(true);
    await first.exited;
    expect(await upload).toBeInstanceOf(Error);

    const state = await withClient(db.url, async (c) => ({
      certificates: (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM certificate')).rows[0]!.n,
      activations: (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM activation')).rows[0]!.n,
      platform: (await c.query('SELECT expires_at, permanent FROM platform')).rows[0] as { expires_at: unknown; permanent: boolean },
    }));
    expect(state).toEqual({ certificates: 0, activations: 0, platform: { expires_at: null, permanent: false } });

    const second = spawnServer(env);
    try {
      await waitForOk(`http://127.0.0.1:${port}/readyz`);
      const again = new GraphQLTestClient(client.baseUrl, await client.login(ADMIN_EMAIL, ADMIN_PASSWORD));
      expect(await again.data('{ platform { status } }')).toEqual({ platform: { status: 'UNLICENSED' } });
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
