import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIND, createAgent, postMessage } from '../support/agents.js';
import { createTestDatabase, withClient, type TestDatabase } from '../support/database.js';
import { GraphQLTestClient } from '../support/graphql-client.js';
import { devVendorKey, issuePackage } from '../support/licenses.js';
import { expectedThresholds, replicaHook, startReplicas, type Replica } from '../support/replicas.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, UPLOAD_MUTATION } from '../support/server.js';
import { subscribeExpiries } from '../support/subscription.js';

const DAY = 86_400_000;
const T0 = new Date('2027-08-01T00:00:00Z');

describe('two replicas on one PostgreSQL behave as one (SPEC 7, 9)', () => {
  let db: TestDatabase;
  let replicas: Replica[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
    // Both start together on the empty database: migrations and bootstrap must take turns.
    replicas = await startReplicas(db.url, 2);
  });
  afterAll(async () => {
    for (const replica of replicas) {
      replica.process.child.kill('SIGTERM');
      await replica.process.exited;
    }
    await db?.drop();
  });

  it('sends every reminder once over a simulated 60 days, and events caused on A reach a subscriber on B', async () => {
    const [a, b] = replicas as [Replica, Replica];
    expect(await withClient(db.url, async (c) => (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user')).rows[0]!.n)).toBe(1);
    for (const replica of replicas) await replicaHook(replica, 'clock', { now: T0.toISOString() });

    const anonymous = new GraphQLTestClient(a.url);
    const adminA = new GraphQLTestClient(a.url, await anonymous.login(ADMIN_EMAIL, ADMIN_PASSWORD));
    const subscriberOnB = await subscribeExpiries(b.url, adminA.token!);

    const instanceId = await withClient(db.url, async (c) => (await c.query<{ instance_id: string }>('SELECT instance_id FROM platform')).rows[0]!.instance_id);
    const key = await devVendorKey(a.process.env.DATA_DIR!);
    const pkg = await issuePackage(key, instanceId, [
      { type: 'PLATFORM', days: 365 },
      { type: 'AGENT', days: 10 },
      { type: 'AGENT', days: 20 },
      { type: 'AGENT', days: 50 },
    ]);
    const upload = await adminA.upload(UPLOAD_MUTATION, { name: 'replicas.lcs', content: pkg.content });
    expect(upload.errors).toBeUndefined();
    await adminA.data('mutation { createUser(input: { email: "lm@replicas.example", password: "long enough password", role: LICENSE_MANAGER }) { id } }');

    const agents = [];
    for (const [i, days] of [10, 20, 50].entries()) {
      const agent = await createAgent(adminA, `Agent ${days}d`);
      await adminA.data(BIND, { l: pkg.ids[i + 1], a: agent.id });
      agents.push({ ...agent, days });
    }
    // The platform renewal and three agent renewals happened on A; B's subscriber saw them all.
    const renewals = await subscriberOnB.waitFor(4);
    expect(renewals.map((e) => [e.kind, e.resourceType])).toEqual([
      ['RENEWED', 'PLATFORM'],
      ['RENEWED', 'AGENT'],
      ['RENEWED', 'AGENT'],
      ['RENEWED', 'AGENT'],
    ]);

    // 60 days in 6-hour steps; at each step both replicas sweep at the same moment.
    for (let hours = 0; hours <= 60 * 24; hours += 6) {
      const now = new Date(T0.getTime() + hours * 3_600_000).toISOString();
      await Promise.all(replicas.map((r) => replicaHook(r, 'clock', { now })));
      await Promise.all(replicas.map((r) => replicaHook(r, 'sweep', {})));
    }

    const expectedEvents = agents.flatMap((agent) => [...expectedThresholds(agent.days).map((t) => `${agent.id}|REMINDER|${t}`), `${agent.id}|EXPIRED|null`]);
    await subscriberOnB.waitFor(4 + expectedEvents.length);
    await new Promise((r) => setTimeout(r, 500));
    const received = subscriberOnB.events.slice(4).map((e) => `${e.resourceId}|${e.kind}|${e.threshold}`);
    expect([...received].sort()).toEqual([...expectedEvents].sort());

    const reminders = await withClient(
      db.url,
      async (c) =>
        (await c.query<{ resource_id: string; threshold: number }>("SELECT resource_id, threshold FROM reminder WHERE resource_type = 'AGENT'")).rows,
    );
    expect(reminders).toHaveLength(expectedEvents.length);
    // Two users may manage licenses (the admin and the license manager): two notifications per event, not four.
    const perEvent = await withClient(db.url, async (c) =>
      (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM notification GROUP BY resource_id, expires_at, kind, threshold')).rows.map((r) => r.n),
    );
    expect(perEvent).toHaveLength(expectedEvents.length);
    expect(new Set(perEvent)).toEqual(new Set([2]));
    await subscriberOnB.close();
  });

  it('counts certificates imported on A in totalCount on B, which had the count cached', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const adminA = new GraphQLTestClient(a.url, await new GraphQLTestClient(a.url).login(ADMIN_EMAIL, ADMIN_PASSWORD));
    const adminB = new GraphQLTestClient(b.url, adminA.token);
    const count = async () => (await adminB.data<{ licenses: { totalCount: number } }>('{ licenses { totalCount } }')).licenses.totalCount;
    const before = await count();
    const instanceId = await withClient(db.url, async (c) => (await c.query<{ instance_id: string }>('SELECT instance_id FROM platform')).rows[0]!.instance_id);
    const pkg = await issuePackage(await devVendorKey(a.process.env.DATA_DIR!), instanceId, [
      { type: 'AGENT', days: 1 },
      { type: 'AGENT', days: 1 },
    ]);
    expect((await adminA.upload(UPLOAD_MUTATION, { name: 'more.lcs', content: pkg.content })).errors).toBeUndefined();
    const deadline = Date.now() + 2_000;
    let after = before;
    while (after !== before + 2 && Date.now() < deadline) after = await count();
    expect(after).toBe(before + 2);
  });

  it('stops a token on every replica as soon as it is revoked on one', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const adminA = new GraphQLTestClient(a.url, await new GraphQLTestClient(a.url).login(ADMIN_EMAIL, ADMIN_PASSWORD));
    const { createApiToken } = await adminA.data<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      'mutation { createApiToken(input: { name: "replicas" }) { token apiToken { id } } }',
    );
    const onB = new GraphQLTestClient(b.url, createApiToken.token);
    expect(await onB.data('{ me { email } }')).toEqual({ me: { email: ADMIN_EMAIL } });
    await adminA.data('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: createApiToken.apiToken.id });
    // B cached the viewer a moment ago; the revocation reaches it over the bus.
    const deadline = Date.now() + 2_000;
    let code: string | undefined;
    do {
      code = await onB.errorCode('{ me { email } }');
    } while (code !== 'UNAUTHENTICATED' && Date.now() < deadline);
    expect(code).toBe('UNAUTHENTICATED');
  });
  it('shares the high-water mark: a clock set back on both replicas gains no license time, and the incident is recorded once (SPEC 14)', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const at = (days: number): string => new Date(T0.getTime() + days * DAY).toISOString();
    const adminB = new GraphQLTestClient(b.url, await new GraphQLTestClient(b.url).login(ADMIN_EMAIL, ADMIN_PASSWORD));
    const clockOf = async (): Promise<{ status: string; clock: { status: string; highWater: string } }> =>
      (await adminB.data<{ platform: { status: string; clock: { status: string; highWater: string } } }>('{ platform { status clock { status highWater } } }'))
        .platform;
    const rows = (text: string): Promise<number> =>
      withClient(db.url, async (c) => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${text}`)).rows[0]!.n);

    // Only A moves the mark (past the platform's expiry at day 365); B learns it from the shared row.
    await replicaHook(a, 'clock', { now: at(400) });
    await replicaHook(b, 'clock', { now: at(300), wall: true });
    const deadline = Date.now() + 2_000;
    while ((await clockOf()).clock.highWater !== at(400) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await clockOf()).toEqual({ status: 'EXPIRED', clock: { status: 'ROLLED_BACK', highWater: at(400) } });

    // The EXPIRED event of the platform is sent once, at license time day 400; not again while the clock is behind.
    await Promise.all(replicas.map((r) => replicaHook(r, 'sweep', {})));
    const reminders = await rows('reminder');
    await replicaHook(a, 'clock', { now: at(300), wall: true });
    for (let i = 0; i < 2; i += 1) await Promise.all(replicas.map((r) => replicaHook(r, 'sweep', {})));
    expect(await rows('reminder')).toBe(reminders);
    expect(await rows("audit_event WHERE action = 'CLOCK_ROLLED_BACK'")).toBe(1);
    // Two users may manage licenses: one notification each for the incident.
    expect(await rows("notification WHERE kind = 'CLOCK_ROLLED_BACK'")).toBe(2);

    const { agents } = await adminB.data<{ agents: { edges: { node: { id: string; channelToken: string; status: string } }[] } }>(
      '{ agents(first: 10) { edges { node { id channelToken status } } } }',
    );
    expect(agents.edges.length).toBeGreaterThan(0);
    for (const { node } of agents.edges) {
      expect(node.status).toBe('EXPIRED');
      expect((await postMessage(b.url, node.id, node.channelToken, 'hi')).status).toBe(403);
    }

    for (const replica of replicas) await replicaHook(replica, 'clock', { now: at(401), wall: true });
    await Promise.all(replicas.map((r) => replicaHook(r, 'sweep', {})));
    expect(await clockOf()).toEqual({ status: 'EXPIRED', clock: { status: 'OK', highWater: at(401) } });
  });
});
