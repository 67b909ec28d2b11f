import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIND, createAgent } from '../support/agents.js';
import { createTestDatabase, withClient, type TestDatabase } from '../support/database.js';
import { GraphQLTestClient } from '../support/graphql-client.js';
import { devVendorKey, issuePackage } from '../support/licenses.js';
import { createEndpoint } from '../support/outbox.js';
import { expectedThresholds, replicaHook, startReplicas, type Replica } from '../support/replicas.js';
import { startMailSink, type MailSink } from '../support/receivers.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, UPLOAD_MUTATION } from '../support/server.js';

const T0 = new Date('2027-08-01T00:00:00Z');
const MAIL_DOMAIN = 'licenses.example.com';

/** One request at the receiver: which endpoint, its webhook-id, and whether a 2xx reached the sender. */
interface Received {
  readonly path: string;
  readonly webhookId: string;
  readonly body: string;
  acknowledged: boolean;
}

/**
 * An HTTP receiver that answers 200 at once, or, while stalled, holds every answer until released: the
 * sends stay in flight so a replica can be killed in the middle of them. An answer whose connection died
 * with its sender never counts as acknowledged.
 */
async function startStallingReceiver() {
  const received: Received[] = [];
  const held: { record: Received; res: ServerResponse }[] = [];
  let stalled = false;
  const answer = (record: Received, res: ServerResponse) => {
    if (res.socket === null || res.socket.destroyed) return;
    res.writeHead(200).end('ok', () => (record.acknowledged = true));
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const record: Received = {
        path: req.url ?? '',
        webhookId: String(req.headers['webhook-id']),
        body: Buffer.concat(chunks).toString('utf8'),
        acknowledged: false,
      };
      received.push(record);
      if (stalled) held.push({ record, res });
      else answer(record, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    held: () => held.length,
    stall: () => (stalled = true),
    release: () => {
      stalled = false;
      for (const { record, res } of held.splice(0)) answer(record, res);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const rowsOf = <T>(url: string, text: string, values: unknown[] = []): Promise<T[]> => withClient(url, async (c) => (await c.query(text, values)).rows as T[]);

describe('two replicas deliver every reminder once, across a crash (SPEC 7, 10)', () => {
  let db: TestDatabase;
  let sink: MailSink;
  let receiver: Awaited<ReturnType<typeof startStallingReceiver>>;
  let replicas: Replica[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    sink = await startMailSink();
    receiver = await startStallingReceiver();
    replicas = await startReplicas(db.url, 2, {
      SMTP_URL: sink.url,
      MAIL_FROM: `Licenses <licenses@${MAIL_DOMAIN}>`,
      PUBLIC_URL: `https://${MAIL_DOMAIN}`,
      // Short lease and retries, so the survivor takes over within seconds.
      DELIVERY_LEASE_SECONDS: '4',
      DELIVERY_POLL_SECONDS: '1',
      WEBHOOK_RETRY_SECONDS: '1,1,1,1,1',
    });
  }, 120_000);
  afterAll(async () => {
    for (const replica of replicas) {
      replica.process.child.kill('SIGKILL');
      await replica.process.exited;
    }
    await receiver?.close();
    await sink?.close();
    await db?.drop();
  });

  it('mails each reminder once per recipient and posts it once per endpoint over 60 days, though one replica is killed mid-send', async () => {
    const [a, b] = replicas as [Replica, Replica];
    for (const replica of replicas) await replicaHook(replica, 'clock', { now: T0.toISOString() });
    const admin = new GraphQLTestClient(a.url, await new GraphQLTestClient(a.url).login(ADMIN_EMAIL, ADMIN_PASSWORD));
    const [{ instance_id: instanceId }] = (await rowsOf<{ instance_id: string }>(db.url, 'SELECT instance_id FROM platform')) as [{ instance_id: string }];
    const pkg = await issuePackage(await devVendorKey(a.process.env.DATA_DIR!), instanceId, [
      { type: 'PLATFORM', days: 365 },
      { type: 'AGENT', days: 10 },
      { type: 'AGENT', days: 20 },
      { type: 'AGENT', days: 50 },
    ]);
    expect((await admin.upload(UPLOAD_MUTATION, { name: 'outbox-replicas.lcs', content: pkg.content })).errors).toBeUndefined();
    await admin.data('mutation { createUser(input: { email: "lm@replicas.example", password: "long enough password", role: LICENSE_MANAGER }) { id } }');
    const endpoints = [
      await createEndpoint(admin, `${receiver.base}/one`, ['LICENSE_REMINDER', 'LICENSE_EXPIRED']),
      await createEndpoint(admin, `${receiver.base}/two`, ['LICENSE_REMINDER', 'LICENSE_EXPIRED']),
    ];
    const agents = [];
    for (const [i, days] of [10, 20, 50].entries()) {
      const agent = await createAgent(admin, `Agent ${days}d`);
      await admin.data(BIND, { l: pkg.ids[i + 1], a: agent.id });
      agents.push({ name: agent.name, days });
    }

    // 60 days in 6-hour steps, both replicas sweeping at each. From day 5, B is frozen and the receiver
    // stalls until A has sends in flight; then A is killed, B thaws and walks on alone.
    let live: Replica[] = [a, b];
    let crashed = false;
    for (let hours = 0; hours <= 60 * 24; hours += 6) {
      if (!crashed && hours >= 5 * 24 && live.length === 2) {
        b.process.child.kill('SIGSTOP');
        receiver.stall();
        live = [a];
      }
      const now = new Date(T0.getTime() + hours * 3_600_000).toISOString();
      await Promise.all(live.map((r) => replicaHook(r, 'clock', { now })));
      await Promise.all(live.map((r) => replicaHook(r, 'sweep', {})));
      if (!crashed && live.length === 1) {
        // Give A a moment to claim and send what this step queued; with nothing queued, step on.
        const deadline = Date.now() + 3_000;
        while (receiver.held() === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        if (receiver.held() === 0) continue;
        a.process.child.kill('SIGKILL');
        await a.process.exited;
        b.process.child.kill('SIGCONT');
        receiver.release();
        crashed = true;
        live = [b];
        await replicaHook(b, 'clock', { now });
      }
    }
    expect(crashed).toBe(true);

    const events = agents.flatMap((agent) => [
      ...expectedThresholds(agent.days).map((t) => `${agent.name}|license.reminder|${t}`),
      `${agent.name}|license.expired|`,
    ]);
    const settled = async () => (await rowsOf<{ n: number }>(db.url, "SELECT count(*)::int AS n FROM outbox_delivery WHERE status <> 'DELIVERED'"))[0]!.n === 0;
    const deadline = Date.now() + 60_000;
    while (!(await settled()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await settled()).toBe(true);

    // Webhooks: per endpoint, one delivery per event, each webhook-id acknowledged exactly once.
    for (const [i, endpoint] of endpoints.entries()) {
      const path = i === 0 ? '/one' : '/two';
      const rows = await rowsOf<{ id: string }>(db.url, "SELECT id FROM outbox_delivery WHERE channel = 'WEBHOOK' AND endpoint_id = $1", [endpoint.id]);
      const acknowledged = receiver.received.filter((r) => r.path === path && r.acknowledged);
      expect(acknowledged.map((r) => r.webhookId).sort()).toEqual(rows.map((r) => r.id).sort());
      const told = acknowledged.map((r) => {
        const body = JSON.parse(r.body) as { type: string; data: { name: string; threshold?: number } };
        return `${body.data.name}|${body.type}|${body.data.threshold ?? ''}`;
      });
      expect(told.sort()).toEqual([...events].sort());
    }
    // The sends A had in flight when it died were sent again by B, with the same webhook-id.
    const lost = receiver.received.filter((r) => !r.acknowledged);
    expect(lost.length).toBeGreaterThan(0);
    for (const request of lost) expect(receiver.received.filter((r) => r.webhookId === request.webhookId && r.acknowledged)).toHaveLength(1);

    // Mail: one Message-ID per delivery row, one row per event and recipient (the admin and the license manager).
    await sink.waitFor(2 * events.length);
    const mailRows = await rowsOf<{ id: string; email: string }>(
      db.url,
      "SELECT d.id, u.email FROM outbox_delivery d JOIN app_user u ON u.id = d.recipient_id WHERE d.channel = 'EMAIL'",
    );
    expect(mailRows.filter((r) => r.email === ADMIN_EMAIL)).toHaveLength(events.length);
    expect(mailRows.filter((r) => r.email === 'lm@replicas.example')).toHaveLength(events.length);
    const messageIds = new Set(sink.mails.map((m) => m.messageId));
    expect([...messageIds].sort()).toEqual(mailRows.map((r) => `<${r.id}@${MAIL_DOMAIN}>`).sort());
    for (const email of [ADMIN_EMAIL, 'lm@replicas.example']) {
      const toThem = sink.mails.filter((m) => !Array.isArray(m.to) && m.to?.text === email);
      expect(new Set(toThem.map((m) => m.messageId)).size).toBe(events.length);
    }
  }, 600_000);
});
