import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

const DAY = 86_400_000;
const T0 = new Date('2027-01-10T08:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY).toISOString();
const WINDOW = '{ licenseId type startsAt endsAt permanent autoGranted }';

describe('Platform.coverage and Agent.coverage (SPEC 12)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(T0);
  });
  afterAll(() => server?.stop());

  it('lists the windows oldest first, queued ones included; agents load theirs in one batch', async () => {
    const { ids } = await server.upload([
      { type: 'PLATFORM', days: 30 },
      { type: 'PLATFORM', days: 5 },
      { type: 'AGENT', days: 10 },
    ]);
    const admin = await server.admin();
    const { createAgent } = await admin.data<{ createAgent: { id: string } }>('mutation { createAgent(input: { name: "Timeline bot" }) { id } }');
    await admin.data('mutation($l: ID!, $a: ID!) { bindAgentLicense(licenseId: $l, agentId: $a) { id } }', { l: ids[2], a: createAgent.id });

    const { platform } = await admin.data<{ platform: { coverage: unknown[] } }>(`{ platform { coverage ${WINDOW} } }`);
    expect(platform.coverage).toEqual([
      { licenseId: ids[0], type: 'PLATFORM', startsAt: at(0), endsAt: at(30), permanent: false, autoGranted: false },
      { licenseId: ids[1], type: 'PLATFORM', startsAt: at(30), endsAt: at(35), permanent: false, autoGranted: false },
    ]);
    const { agents } = await admin.data<{ agents: { edges: { node: { id: string; coverage: unknown[] } }[] } }>(
      `{ agents { edges { node { id coverage ${WINDOW} } } } }`,
    );
    expect(agents.edges.map((e) => e.node)).toEqual([
      { id: createAgent.id, coverage: [{ licenseId: ids[2], type: 'AGENT', startsAt: at(0), endsAt: at(10), permanent: false, autoGranted: false }] },
    ]);
  });
});
