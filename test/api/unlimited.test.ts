import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent, postMessage } from '../support/agents.js';
import { startTestServer, type TestServer } from '../support/server.js';

const DAY = 86_400_000;
const T0 = new Date('2027-05-01T00:00:00Z');
const at = (days: number, seconds = 0) => new Date(T0.getTime() + days * DAY + seconds * 1000);
const AGENT = 'query($id: ID!) { agent(id: $id) { status expiresAt licenses { id autoGranted status startsAt endsAt type } } }';

interface AgentData {
  agent: {
    status: string;
    expiresAt: string | null;
    licenses: { id: string; autoGranted: boolean; status: string; startsAt: string; endsAt: string; type: string }[];
  };
}

describe('unlimited agents (SPEC 3.4)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(T0);
  });
  afterAll(() => server?.stop());

  it('extends the platform like a platform license and grants every existing agent [t, e) at once', async () => {
    await server.upload([{ type: 'PLATFORM', days: 10 }]);
    const admin = await server.admin();
    const existing = await createAgent(admin, 'Existing bot');
    await server.upload([{ type: 'PLATFORM_UNLIMITED_AGENTS', days: 30 }]);
    // The unlimited window stacks after the platform's current expiry: it opens on day 10.
    const { platform } = await admin.data<{ platform: { expiresAt: string; unlimitedAgents: boolean } }>('{ platform { expiresAt unlimitedAgents } }');
    expect(platform).toEqual({ expiresAt: at(40).toISOString(), unlimitedAgents: false });
    expect((await admin.data<AgentData>(AGENT, { id: existing.id })).agent.status).toBe('UNLICENSED');

    // The window opens on day 10: the sweep grants then, and only once however often it runs.
    await server.setClock(at(10, -1));
    await server.sweep();
    expect((await admin.data<AgentData>(AGENT, { id: existing.id })).agent.licenses).toEqual([]);
    await server.setClock(at(10));
    await server.sweep();
    await server.sweep();
    const granted = (await admin.data<AgentData>(AGENT, { id: existing.id })).agent;
    expect(granted.status).toBe('ACTIVE');
    expect(granted.expiresAt).toBe(at(40).toISOString());
    expect(granted.licenses).toHaveLength(1);
    expect(granted.licenses[0]).toMatchObject({
      autoGranted: true,
      type: 'AGENT',
      status: 'ACTIVATED',
      startsAt: at(10).toISOString(),
      endsAt: at(40).toISOString(),
    });
    expect((await admin.data<{ platform: { unlimitedAgents: boolean } }>('{ platform { unlimitedAgents } }')).platform.unlimitedAgents).toBe(true);
    expect((await postMessage(server.url, existing.id, existing.channelToken, 'hi')).status).toBe(200);
  });

  it('grants an agent created inside the window at once, with window [creation, e)', async () => {
    await server.setClock(at(20));
    const admin = await server.admin();
    const created = await createAgent(admin, 'New bot');
    const agent = (await admin.data<AgentData>(AGENT, { id: created.id })).agent;
    expect(agent).toMatchObject({ status: 'ACTIVE', expiresAt: at(40).toISOString() });
    expect(agent.licenses[0]).toMatchObject({ autoGranted: true, startsAt: at(20).toISOString(), endsAt: at(40).toISOString() });
  });

  it('keeps a later agent expiry (max of both) and lets agents lapse when the window closes', async () => {
    const admin = await server.admin();
    const long = await createAgent(admin, 'Long bot');
    const { ids } = await server.upload([{ type: 'AGENT', days: 100 }]);
    await admin.data('mutation($l: ID!, $a: ID!) { bindAgentLicense(licenseId: $l, agentId: $a) { id } }', { l: ids[0], a: long.id });
    expect((await admin.data<AgentData>(AGENT, { id: long.id })).agent.expiresAt).toBe(at(140).toISOString());

    await server.setClock(at(40));
    await server.sweep();
    const { platform } = await admin.data<{ platform: { unlimitedAgents: boolean; status: string } }>('{ platform { unlimitedAgents status } }');
    expect(platform).toEqual({ unlimitedAgents: false, status: 'EXPIRED' });
    const lapsed = await server.sql<{ name: string; expires_at: Date }>('SELECT name FROM agent WHERE expires_at <= $1 ORDER BY name', [at(40)]);
    expect(lapsed.map((r) => r.name)).toEqual(['Existing bot', 'New bot']);
  });
});
