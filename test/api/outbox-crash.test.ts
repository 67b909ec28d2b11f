import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, withClient, type TestDatabase } from '../support/database.js';
import { GraphQLTestClient } from '../support/graphql-client.js';
import { devVendorKey, issuePackage } from '../support/licenses.js';
import { createEndpoint } from '../support/outbox.js';
import { freePort } from '../support/ports.js';
import { killWhilePlatformLocked, spawnServer, waitForOk, type ServerProcess } from '../support/process.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/receivers.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, UPLOAD_MUTATION } from '../support/server.js';

/** Rows of one query on the test database, typed by the caller. */
const rowsOf = <T>(url: string, text: string, values: unknown[] = []): Promise<T[]> => withClient(url, async (c) => (await c.query(text, values)).rows as T[]);

describe('the outbox across a crash (SPEC 10)', () => {
  let db: TestDatabase;
  let receiver: WebhookReceiver;
  let server: ServerProcess | null = null;
  beforeAll(async () => {
    db = await createTestDatabase();
    // The first request is left unanswered: the server dies while it is sending.
    receiver = await startWebhookReceiver((i) => (i === 0 ? null : 200));
  });
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await receiver?.close();
    await db?.drop();
  });

  it('a delivery committed but not sent when the server is killed is sent after the restart, with the same webhook-id', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'license-outbox-crash-'));
    await chmod(dataDir, 0o755);
    const port = await freePort();
    const env = {
      DATABASE_URL: db.url,
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      WEBHOOK_RETRY_SECONDS: '1',
      DELIVERY_LEASE_SECONDS: '2',
      DELIVERY_POLL_SECONDS: '1',
    };
    server = spawnServer(env);
    await waitForOk(`http://127.0.0.1:${port}/readyz`);
    const base = `http://127.0.0.1:${port}`;
    const admin = new GraphQLTestClient(base, await new GraphQLTestClient(base).login(ADMIN_EMAIL, ADMIN_PASSWORD));
    const [{ instance_id: instanceId }] = (await rowsOf<{ instance_id: string }>(db.url, 'SELECT instance_id FROM platform')) as [{ instance_id: string }];
    const key = await devVendorKey(dataDir);
    await admin.upload(UPLOAD_MUTATION, { name: 'p.lcs', content: (await issuePackage(key, instanceId, [{ type: 'PLATFORM', days: 30 }])).content });
    const endpoint = await createEndpoint(admin, receiver.url, ['WEBHOOK_TEST', 'LICENSE_PACKAGE_UPLOADED']);

    const { sendTestWebhook } = await admin.data<{ sendTestWebhook: { id: string } }>('mutation($id: ID!) { sendTestWebhook(id: $id) { id } }', {
      id: endpoint.id,
    });
    await receiver.waitFor(1);
    server.child.kill('SIGKILL');
    await server.exited;
    const row = await rowsOf<{ status: string; attempts: number }>(db.url, 'SELECT status, attempts FROM outbox_delivery WHERE id = $1', [sendTestWebhook.id]);
    expect(row).toEqual([{ status: 'PENDING', attempts: 1 }]);

    // A rolled-back import queues nothing: kill the next server inside a big upload's transaction.
    server = spawnServer(env);
    await waitForOk(`${base}/readyz`);
    const huge = await issuePackage(
      key,
      instanceId,
      Array.from({ length: 3000 }, () => ({ type: 'AGENT' as const, days: 1 })),
    );
    const upload = admin.upload(UPLOAD_MUTATION, { name: 'huge.lcs', content: huge.content }).catch((error: unknown) => error);
    const killed = await killWhilePlatformLocked(db.url, server);
    expect(killed).toBe(true);
    await server.exited;
    await upload;

    // After the restart the lease has run out: the delivery is sent again, with its id, and delivered.
    server = spawnServer(env);
    await waitForOk(`${base}/readyz`);
    const deadline = Date.now() + 20_000;
    let status = '';
    while (Date.now() < deadline && status !== 'DELIVERED') {
      await new Promise((r) => setTimeout(r, 250));
      [{ status = '' } = {}] = await rowsOf<{ status: string }>(db.url, 'SELECT status FROM outbox_delivery WHERE id = $1', [sendTestWebhook.id]);
    }
    expect(status).toBe('DELIVERED');
    expect(receiver.requests.map((r) => r.headers['webhook-id'])).toEqual([sendTestWebhook.id, sendTestWebhook.id]);
    const uploads = await rowsOf<{ n: number }>(db.url, "SELECT count(*)::int AS n FROM outbox_delivery WHERE event_type = 'LICENSE_PACKAGE_UPLOADED'");
    expect(uploads).toEqual([{ n: 0 }]);
  }, 180_000);
});
