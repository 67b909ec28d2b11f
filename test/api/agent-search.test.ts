import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIND, createAgent } from '../support/agents.js';
import { startTestServer, type TestServer } from '../support/server.js';

const AGENTS = 'query($search: String, $first: Int) { agents(search: $search, first: $first) { totalCount edges { node { name licenseCount } } } }';

interface AgentsPage {
  agents: { totalCount: number; edges: { node: { name: string; licenseCount: number } }[] };
}

describe('agents(search:) and Agent.licenseCount', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(new Date('2027-02-01T00:00:00Z'));
    await server.upload([{ type: 'PLATFORM', days: 365 }]);
  });
  afterAll(() => server?.stop());

  it('finds agents by a part of their name, ignoring case, with wildcards taken literally', async () => {
    const admin = await server.admin();
    for (const name of ['Sales bot', 'Support BOT', 'Billing 100%', 'Billing_x']) await createAgent(admin, name);

    const names = async (search: string | null) => {
      const page = await admin.data<AgentsPage>(AGENTS, { search });
      return { total: page.agents.totalCount, names: page.agents.edges.map((e) => e.node.name) };
    };
    expect(await names('bot')).toEqual({ total: 2, names: ['Support BOT', 'Sales bot'] });
    expect(await names('  SALES ')).toEqual({ total: 1, names: ['Sales bot'] });
    expect(await names('%')).toEqual({ total: 1, names: ['Billing 100%'] });
    expect(await names('_')).toEqual({ total: 1, names: ['Billing_x'] });
    expect((await names(null)).total).toBe(4);
    expect((await names('')).total).toBe(4);
    expect(await names('nobody')).toEqual({ total: 0, names: [] });
  });

  it('refuses a search longer than 100 characters', async () => {
    const admin = await server.admin();
    expect(await admin.errorCode(AGENTS, { search: 'x'.repeat(101) })).toBe('BAD_USER_INPUT');
  });

  it('counts the licenses bound to each agent', async () => {
    const admin = await server.admin();
    const agent = await createAgent(admin, 'Counted');
    const { ids } = await server.upload([
      { type: 'AGENT', days: 30 },
      { type: 'AGENT', days: 30 },
    ]);
    for (const id of ids) await admin.data(BIND, { l: id, a: agent.id });
    const page = await admin.data<AgentsPage>(AGENTS, { search: 'Counted' });
    expect(page.agents.edges.map((e) => e.node.licenseCount)).toEqual([2]);
    const other = await admin.data<AgentsPage>(AGENTS, { search: 'Sales' });
    expect(other.agents.edges.map((e) => e.node.licenseCount)).toEqual([0]);
  });
});
