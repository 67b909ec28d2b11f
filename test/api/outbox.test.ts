import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent } from '../support/agents.js';
import { sampleValue, scrape } from '../support/metrics.js';
import { createEndpoint, deliverUntil, deliveriesOf } from '../support/outbox.js';
import { startMailSink, startWebhookReceiver, type MailSink, type WebhookReceiver } from '../support/receivers.js';
import { ADMIN_EMAIL, startTestServer, type TestServer } from '../support/server.js';

const DAY = 86_400_000;
const T0 = new Date('2027-04-01T00:00:00Z');
const PUBLIC_URL = 'https://licenses.example.com';
const ALL_EVENTS = ['LICENSE_REMINDER', 'LICENSE_EXPIRED', 'LICENSE_RENEWED', 'LICENSE_PACKAGE_UPLOADED', 'LICENSE_BOUND'];

describe('reminders that reach people: mail and signed webhooks (SPEC 10)', () => {
  let server: TestServer;
  let sink: MailSink;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    sink = await startMailSink();
    receiver = await startWebhookReceiver();
    server = await startTestServer({ SMTP_URL: sink.url, MAIL_FROM: 'Licenses <licenses@example.com>', PUBLIC_URL, WEBHOOK_RETRY_SECONDS: '1,1' });
    await server.setClock(T0);
  });
  afterAll(async () => {
    await server?.stop();
    await sink?.close();
    await receiver?.close();
  });

  /** SPEC 13 `notification_deliveries_total` for webhooks, by outcome, as /metrics reports it now. */
  const webhookCounts = async (): Promise<Record<'delivered' | 'retried' | 'failed', number>> => {
    const text = await scrape(server.url);
    const count = (outcome: string): number => sampleValue(text, `notification_deliveries_total{channel="webhook",outcome="${outcome}"}`) ?? 0;
    return { delivered: count('delivered'), retried: count('retried'), failed: count('failed') };
  };

  const deliver = async (): Promise<void> => {
    const response = await fetch(`${server.url}/__test__/deliver`, { method: 'POST' });
    expect(response.status).toBe(200);
  };

  it('mails a reminder once to each eligible user, in their language, and posts a verifiable webhook', async () => {
    const admin = await server.admin();
    await server.upload([{ type: 'PLATFORM', days: 60 }]);
    const E = new Date(T0.getTime() + 60 * DAY);
    expect(await admin.data('{ emailConfigured }')).toEqual({ emailConfigured: true });
    const create = 'mutation($e: String!, $r: Role!) { createUser(input: { email: $e, password: "long enough pw", role: $r }) { id } }';
    await admin.data(create, { e: 'manager@test.example', r: 'LICENSE_MANAGER' });
    await admin.data(create, { e: 'viewer@test.example', r: 'VIEWER' });
    await admin.data(create, { e: 'quiet@test.example', r: 'ADMIN' });
    const manager = server.client(await server.client().login('manager@test.example', 'long enough pw'));
    // Until a user chooses, there is no locale: the app follows the browser, mails are English.
    expect(await manager.data('{ me { locale } }')).toEqual({ me: { locale: null } });
    expect(await manager.data('mutation { updateMyPreferences(input: { locale: zh_CN }) { locale emailReminders } }')).toEqual({
      updateMyPreferences: { locale: 'zh_CN', emailReminders: true },
    });
    const quiet = server.client(await server.client().login('quiet@test.example', 'long enough pw'));
    await quiet.data('mutation { updateMyPreferences(input: { emailReminders: false }) { emailReminders } }');

    const endpoint = await createEndpoint(admin, receiver.url, ALL_EVENTS);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    // An upload that imports something is posted; it moves no expiry and mails nobody.
    await server.upload([{ type: 'AGENT', days: 30 }]);
    await deliver();
    const afterUpload = await receiver.waitFor(1);
    expect(JSON.parse(afterUpload[0]!.body)).toMatchObject({
      type: 'license_package.uploaded',
      data: { fileName: 'test.lcs', importedCount: 1, skippedCount: 0 },
    });
    expect(sink.mails).toHaveLength(0);

    await server.setClock(new Date(E.getTime() - 7 * DAY + 3_600_000));
    await server.sweep();
    await server.sweep();
    await deliver();
    const mails = await sink.waitFor(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(mails.map((m) => m.to && !Array.isArray(m.to) && m.to.text).sort()).toEqual([ADMIN_EMAIL, 'manager@test.example']);
    const english = mails.find((m) => !Array.isArray(m.to) && m.to?.text === ADMIN_EMAIL)!;
    expect(english.subject).toBe('[License] Platform: 7 days left');
    expect(english.from?.text).toContain('licenses@example.com');
    expect(english.text).toContain(`${E.toISOString().slice(0, 10)} 00:00:00 UTC`);
    expect(english.text).toContain(`${PUBLIC_URL}/`);
    expect(english.html).toContain(`href="${PUBLIC_URL}/"`);
    expect(english.messageId).toMatch(/@licenses\.example\.com>?$/);
    const chinese = mails.find((m) => !Array.isArray(m.to) && m.to?.text === 'manager@test.example')!;
    expect(chinese.subject).toBe('【许可证】 平台: 剩余 7 天');

    const reminder = (await receiver.waitFor(2))[1]!;
    const body = new Webhook(endpoint.secret).verify(reminder.body, reminder.headers as Record<string, string>) as {
      type: string;
      data: Record<string, unknown>;
    };
    expect(body).toMatchObject({
      type: 'license.reminder',
      data: { resourceType: 'PLATFORM', name: 'Platform', expiresAt: E.toISOString(), daysLeft: 7, threshold: 7 },
    });
    // The timestamp is the wall clock's, not the frozen test clock's (2027).
    expect(Math.abs(Number(reminder.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);

    // EXPIRED: mailed again to the same two, and "expired" in the subject.
    await server.setClock(new Date(E.getTime() + 1000));
    await server.sweep();
    await deliver();
    const all = await sink.waitFor(4);
    expect(
      all
        .slice(2)
        .map((m) => m.subject)
        .sort(),
    ).toEqual(['[License] Platform: expired', '【许可证】 平台: 已过期']);
    // The platform is expired now, so the API is closed; the table says every delivery went out at once.
    expect(await server.sql('SELECT DISTINCT status, attempts FROM outbox_delivery')).toEqual([{ status: 'DELIVERED', attempts: 1 }]);
  });

  it('posts license.bound for a binding', async () => {
    const admin = await server.admin();
    await server.setClock(T0);
    const { ids } = await server.upload([
      { type: 'PLATFORM', days: 400 },
      { type: 'AGENT', days: 30 },
    ]);
    await deliver();
    const agent = await createAgent(admin, 'Bound bot');
    await new Promise((r) => setTimeout(r, 200));
    const before = receiver.requests.length;
    await admin.data('mutation($l: ID!, $a: ID!) { bindAgentLicense(licenseId: $l, agentId: $a) { id } }', { l: ids[1], a: agent.id });
    await deliver();
    const requests = await receiver.waitFor(before + 2);
    const types = requests.slice(before).map((r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> });
    expect(types.map((t) => t.type).sort()).toEqual(['license.bound', 'license.renewed']);
    expect(types.find((t) => t.type === 'license.bound')!.data).toMatchObject({ licenseId: ids[1], agentId: agent.id, agentName: 'Bound bot' });
  });

  it('retries 500, 500 then 200 with one webhook-id: DELIVERED after 3 attempts', async () => {
    const admin = await server.admin();
    const flaky = await startWebhookReceiver((i) => (i < 2 ? 500 : 200));
    const countsBefore = await webhookCounts();
    try {
      const endpoint = await createEndpoint(admin, flaky.url, ['WEBHOOK_TEST']);
      const { sendTestWebhook } = await admin.data<{ sendTestWebhook: { id: string; status: string } }>(
        'mutation($id: ID!) { sendTestWebhook(id: $id) { id status } }',
        {
          id: endpoint.id,
        },
      );
      await deliverUntil(server.url, async () => (await deliveriesOf(admin, endpoint.id))[0]!.status !== 'PENDING');
      const [delivery] = await deliveriesOf(admin, endpoint.id);
      expect(delivery).toMatchObject({ id: sendTestWebhook.id, status: 'DELIVERED', attempts: 3, lastStatusCode: 200, lastError: null });
      expect(flaky.requests.map((r) => r.status)).toEqual([500, 500, 200]);
      expect(new Set(flaky.requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([sendTestWebhook.id]));
      for (const r of flaky.requests) expect(() => new Webhook(endpoint.secret).verify(r.body, r.headers as Record<string, string>)).not.toThrow();
      const counts = await webhookCounts();
      expect({
        delivered: counts.delivered - countsBefore.delivered,
        retried: counts.retried - countsBefore.retried,
        failed: counts.failed - countsBefore.failed,
      }).toEqual({
        delivered: 1,
        retried: 2,
        failed: 0,
      });
    } finally {
      await flaky.close();
    }
  });

  it('ends FAILED after the configured attempts, in webhookDeliveries and the audit log; redeliver tries once more', async () => {
    const admin = await server.admin();
    const broken = await startWebhookReceiver(() => 503);
    const countsBefore = await webhookCounts();
    try {
      const endpoint = await createEndpoint(admin, broken.url, ['WEBHOOK_TEST']);
      await admin.data('mutation($id: ID!) { sendTestWebhook(id: $id) { id } }', { id: endpoint.id });
      await deliverUntil(server.url, async () => (await deliveriesOf(admin, endpoint.id))[0]!.status !== 'PENDING');
      const [delivery] = await deliveriesOf(admin, endpoint.id);
      expect(delivery).toMatchObject({ status: 'FAILED', attempts: 3, lastStatusCode: 503 });
      expect(broken.requests).toHaveLength(3);
      expect((await webhookCounts()).failed - countsBefore.failed).toBe(1);
      const { auditEvents } = await admin.data<{ auditEvents: { edges: { node: { action: string; resourceId: string; summary: string } }[] } }>(
        '{ auditEvents(first: 20) { edges { node { action resourceId summary } } } }',
      );
      expect(auditEvents.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ action: 'WEBHOOK_DELIVERY_FAILED', resourceId: endpoint.id }));

      broken.answer = () => 204;
      const { redeliverWebhook } = await admin.data<{ redeliverWebhook: { status: string } }>(
        'mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { status } }',
        {
          id: delivery!.id,
        },
      );
      expect(redeliverWebhook.status).toBe('PENDING');
      await deliverUntil(server.url, async () => (await deliveriesOf(admin, endpoint.id))[0]!.status !== 'PENDING');
      expect((await deliveriesOf(admin, endpoint.id))[0]).toMatchObject({ status: 'DELIVERED', attempts: 4, lastStatusCode: 204 });
      expect(broken.requests.at(-1)!.headers['webhook-id']).toBe(delivery!.id);
    } finally {
      await broken.close();
    }
  });

  it('validates input, keeps webhooks to admins, and deletes endpoints', async () => {
    const admin = await server.admin();
    const bad = 'mutation($url: String!, $events: [WebhookEventType!]!) { createWebhookEndpoint(input: { url: $url, events: $events }) { secret } }';
    expect(await admin.errorCode(bad, { url: 'ftp://example.com/', events: ['WEBHOOK_TEST'] })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(bad, { url: `https://example.com/${'a'.repeat(2000)}`, events: ['WEBHOOK_TEST'] })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(bad, { url: 'https://example.com/', events: [] })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode('mutation { updateMyPreferences(input: { locale: fr }) { id } }')).toBe('GRAPHQL_VALIDATION_FAILED');
    const manager = server.client(await server.client().login('manager@test.example', 'long enough pw'));
    expect(await manager.errorCode('{ webhookEndpoints { id } }')).toBe('FORBIDDEN');
    expect(await manager.errorCode(bad, { url: 'https://example.com/', events: ['WEBHOOK_TEST'] })).toBe('FORBIDDEN');
    expect(await admin.errorCode('mutation { sendTestWebhook(id: "nope") { id } }')).toBe('NOT_FOUND');

    const endpoint = await createEndpoint(admin, 'https://example.com/hook', ['LICENSE_BOUND']);
    expect(await admin.data('mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', { id: endpoint.id })).toEqual({ deleteWebhookEndpoint: true });
    expect(await admin.data('mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', { id: endpoint.id })).toEqual({ deleteWebhookEndpoint: false });
    const { webhookEndpoints } = await admin.data<{ webhookEndpoints: { id: string }[] }>('{ webhookEndpoints { id } }');
    expect(webhookEndpoints.map((e) => e.id)).not.toContain(endpoint.id);
  });
});

describe('without SMTP_URL', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(T0);
  });
  afterAll(() => server?.stop());

  it('queues no mail and says email is not configured', async () => {
    const admin = await server.admin();
    await server.upload([{ type: 'PLATFORM', days: 10 }]);
    expect(await admin.data('{ emailConfigured }')).toEqual({ emailConfigured: false });
    await server.setClock(new Date(T0.getTime() + 3 * DAY));
    await server.sweep();
    expect(await server.sql('SELECT count(*)::int AS n FROM reminder WHERE threshold = 7')).toEqual([{ n: 1 }]);
    expect(await server.sql("SELECT count(*)::int AS n FROM outbox_delivery WHERE channel = 'EMAIL'")).toEqual([{ n: 0 }]);
  });
});
