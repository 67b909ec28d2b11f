import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent } from '../support/agents.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectionCloseCode, subscribeExpiries, type ExpiryEventMessage } from '../support/subscription.js';
import { REMINDER_THRESHOLDS } from '../support/replicas.js';

const DAY = 86_400_000;
const T0 = new Date('2027-04-01T00:00:00Z');

describe('expiry reminders over a real subscription (SPEC 7)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(T0);
  });
  afterAll(() => server?.stop());

  it('sends exactly one REMINDER per threshold from E - 46 d to E (double sweeps), one EXPIRED at E, and restarts on renewal', async () => {
    const admin = await server.admin();
    const subscription = await subscribeExpiries(server.url, admin.token!);
    await server.upload([{ type: 'PLATFORM', days: 60 }]);
    const E = new Date(T0.getTime() + 60 * DAY);
    const renewed = await subscription.waitFor(1);
    expect(renewed[0]).toMatchObject({ kind: 'RENEWED', resourceType: 'PLATFORM', expiresAt: E.toISOString(), daysLeft: 60, threshold: null });

    // Walk in 12-hour steps from E - 46 d to E + 1 d, sweeping twice at each step.
    for (let hours = 46 * 24; hours >= -24; hours -= 12) {
      await server.setClock(new Date(E.getTime() - hours * 3_600_000));
      await server.sweep();
      await server.sweep();
    }
    await subscription.waitFor(1 + REMINDER_THRESHOLDS.length + 1);
    await new Promise((r) => setTimeout(r, 300));
    const received = subscription.events.slice(1);
    expect(received.map((e) => [e.kind, e.threshold])).toEqual([...REMINDER_THRESHOLDS.map((t) => ['REMINDER', t]), ['EXPIRED', null]]);
    expect(received.every((e) => e.resourceType === 'PLATFORM' && e.expiresAt === E.toISOString())).toBe(true);
    const reminder7 = received.find((e) => e.threshold === 7)!;
    expect(reminder7.daysLeft).toBe(7);

    const { unreadNotificationCount } = await admin.data<{ unreadNotificationCount: number }>('{ unreadNotificationCount }');
    expect(unreadNotificationCount).toBe(REMINDER_THRESHOLDS.length + 1);

    // Renewal: uploading after expiry starts a new series for the new expiry.
    await server.upload([{ type: 'PLATFORM', days: 40 }]);
    await server.sweep();
    await subscription.waitFor(received.length + 1 + 2);
    const after = subscription.events.slice(1 + received.length);
    expect(after.map((e) => [e.kind, e.threshold])).toEqual([
      ['RENEWED', null],
      ['REMINDER', 45],
    ]);
    await subscription.close();
  });

  it('does not send a missed window late: a server down through E - 45 d … E - 30 d sends 30, not 45', async () => {
    const admin = await server.admin();
    const agent = await createAgent(admin, 'Late bot');
    const { ids } = await server.upload([{ type: 'AGENT', days: 50 }]);
    const now = new Date((await admin.data<{ platform: { expiresAt: string } }>('{ platform { expiresAt } }')).platform.expiresAt);
    await server.setClock(new Date(now.getTime() - 40 * DAY));
    await admin.data('mutation($l: ID!, $a: ID!) { bindAgentLicense(licenseId: $l, agentId: $a) { id } }', { l: ids[0], a: agent.id });
    const E = new Date(now.getTime() + 10 * DAY);
    await server.setClock(new Date(E.getTime() - 29 * DAY));
    await server.sweep();
    const rows = await server.sql<{ threshold: number }>("SELECT threshold FROM reminder WHERE resource_type = 'AGENT' AND resource_id = $1", [agent.id]);
    expect(rows.map((r) => r.threshold)).toEqual([30]);
  });

  it('lists expiring resources most urgent first, with days left', async () => {
    const admin = await server.admin();
    const { expiringResources } = await admin.data<{ expiringResources: { resourceType: string; name: string; status: string; daysLeft: number }[] }>(
      '{ expiringResources(withinDays: 45) { resourceType name status daysLeft expiresAt } }',
    );
    expect(expiringResources.length).toBeGreaterThan(0);
    const days = expiringResources.map((r) => r.daysLeft);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(await admin.errorCode('{ expiringResources(withinDays: -1) { name } }')).toBe('BAD_USER_INPUT');
  });

  it("marks notifications read, only the caller's own", async () => {
    const admin = await server.admin();
    const page = await admin.data<{ notifications: { edges: { node: { id: string; read: boolean } }[] } }>(
      '{ notifications(first: 5, unreadOnly: true) { edges { node { id read } } } }',
    );
    const ids = page.notifications.edges.map((e) => e.node.id);
    expect(await admin.data('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids })).toEqual({ markNotificationsRead: ids.length });
    expect(await admin.data('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids })).toEqual({ markNotificationsRead: 0 });
  });
});

describe('subscription authorization', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(T0);
  });
  afterAll(() => server?.stop());

  it('closes anonymous connections and bad tokens with 4401', async () => {
    expect(await connectionCloseCode(server.url, {})).toBe(4401);
    expect(await connectionCloseCode(server.url, { authorization: 'Bearer lms_forged' })).toBe(4401);
  });

  it('delivers events to a viewer, who may read every resource, but notifies only license managers', async () => {
    const admin = await server.admin();
    await server.upload([{ type: 'PLATFORM', days: 100 }]);
    await admin.data('mutation { createUser(input: { email: "viewer@sub.example", password: "long enough password", role: VIEWER }) { id } }');
    const viewer = server.client(await server.client().login('viewer@sub.example', 'long enough password'));
    const subscription = await subscribeExpiries(server.url, viewer.token!);
    await server.setClock(new Date(T0.getTime() + 91 * DAY));
    await server.sweep();
    const events: ExpiryEventMessage[] = await subscription.waitFor(1);
    expect(events.map((e) => [e.kind, e.threshold])).toEqual([['REMINDER', 15]]);
    expect(await viewer.data('{ unreadNotificationCount }')).toEqual({ unreadNotificationCount: 0 });
    expect(await admin.data('{ unreadNotificationCount }')).toEqual({ unreadNotificationCount: 1 });
    await subscription.close();
  });
});
