import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIND, createAgent, postMessage } from '../support/agents.js';
import { startTestServer, UPLOAD_MUTATION, type TestServer } from '../support/server.js';

const DAY = 86_400_000;
const T0 = new Date('2027-09-01T00:00:00Z');
const AUDIT = '{ auditEvents(first: 100) { totalCount edges { node { action actorEmail resourceType resourceId summary details at } } } }';
interface AuditNode {
  action: string;
  actorEmail: string | null;
  resourceType: string | null;
  resourceId: string | null;
  summary: string;
  details: Record<string, unknown>;
}

describe('the audit log', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(T0);
  });
  afterAll(() => server?.stop());

  it('records uploads (imported, skipped, refused), bindings, agents, refused messages, reminders and expiries', async () => {
    const admin = await server.admin();
    const first = await server.upload([
      { type: 'PLATFORM', days: 20 },
      { type: 'AGENT', days: 3 },
    ]);
    await admin.upload(UPLOAD_MUTATION, { name: 'broken.lcs', content: '{"format":"lcs","version":1,"certificates":["x"]}' });
    const agent = await createAgent(admin, 'Audited bot');
    const silent = await createAgent(admin, 'Silent bot');
    await admin.data(BIND, { l: first.ids[1], a: agent.id });
    expect((await postMessage(server.url, silent.id, silent.channelToken, 'hello?')).status).toBe(403);
    await admin.data('mutation($id: ID!) { deleteAgent(id: $id) }', { id: silent.id });
    await server.setClock(new Date(T0.getTime() + 3 * DAY));
    await server.sweep();

    const events = (await admin.data<{ auditEvents: { edges: { node: AuditNode }[] } }>(AUDIT)).auditEvents.edges.map((e) => e.node);
    const actions = events.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'LICENSE_PACKAGE_UPLOADED',
        'LICENSE_PACKAGE_REFUSED',
        'AGENT_CREATED',
        'AGENT_LICENSE_BOUND',
        'AGENT_MESSAGE_REFUSED',
        'AGENT_DELETED',
        'EXPIRY_REMINDER_SENT',
        'RESOURCE_EXPIRED',
      ]),
    );
    const upload = events.find((e) => e.action === 'LICENSE_PACKAGE_UPLOADED')!;
    expect(upload).toMatchObject({ actorEmail: 'admin@test.example', details: { fileName: 'test.lcs', imported: first.ids, skipped: [] } });
    const refused = events.find((e) => e.action === 'LICENSE_PACKAGE_REFUSED')!;
    expect(refused.details).toMatchObject({ fileName: 'broken.lcs', problems: [{ index: 0, code: 'MALFORMED' }] });
    expect(events.find((e) => e.action === 'AGENT_LICENSE_BOUND')).toMatchObject({
      resourceType: 'AGENT',
      resourceId: agent.id,
      details: { licenseId: first.ids[1] },
    });
    expect(events.find((e) => e.action === 'AGENT_MESSAGE_REFUSED')).toMatchObject({ resourceId: silent.id, actorEmail: null });
    expect(events.find((e) => e.action === 'RESOURCE_EXPIRED')).toMatchObject({ resourceType: 'AGENT', resourceId: agent.id });
  });

  it('is for admins only', async () => {
    const admin = await server.admin();
    await admin.data('mutation { createUser(input: { email: "lm@audit.example", password: "long enough password", role: LICENSE_MANAGER }) { id } }');
    const manager = server.client(await server.client().login('lm@audit.example', 'long enough password'));
    expect(await manager.errorCode(AUDIT)).toBe('FORBIDDEN');
  });
});

describe('agents', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.upload([{ type: 'PLATFORM', days: 20 }]);
  });
  afterAll(() => server?.stop());

  it('pages newest first, validates names and hides channel tokens from viewers and license managers', async () => {
    const admin = await server.admin();
    for (const name of ['One', 'Two', 'Three']) await createAgent(admin, name);
    const page = await admin.data<{
      agents: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { name: string; status: string; channelToken: string | null } }[] };
    }>('{ agents(first: 2) { totalCount pageInfo { hasNextPage } edges { node { name status channelToken } } } }');
    expect(page.agents.totalCount).toBe(3);
    expect(page.agents.pageInfo.hasNextPage).toBe(true);
    expect(page.agents.edges.map((e) => e.node.name)).toEqual(['Three', 'Two']);
    expect(page.agents.edges[0]!.node).toMatchObject({ status: 'UNLICENSED', channelToken: expect.stringMatching(/^lmc_/) });
    expect(await admin.errorCode('mutation { createAgent(input: { name: "" }) { id } }')).toBe('BAD_USER_INPUT');

    for (const role of ['VIEWER', 'LICENSE_MANAGER']) {
      const email = `${role.toLowerCase()}@agents.example`;
      await admin.data('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { email, password: 'long enough password', role } });
      const user = server.client(await server.client().login(email, 'long enough password'));
      const seen = await user.data<{ agents: { edges: { node: { channelToken: string | null } }[] } }>('{ agents { edges { node { channelToken } } } }');
      expect(seen.agents.edges.every((e) => e.node.channelToken === null)).toBe(true);
    }
  });
});
