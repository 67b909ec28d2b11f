import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIND, createAgent } from '../support/agents.js';
import { devVendorKey, issuePackage } from '../support/licenses.js';
import { startTestServer, UPLOAD_MUTATION, type TestServer } from '../support/server.js';

const DAY = 86_400_000;
const T0 = new Date('2027-02-01T00:00:00Z');
const at = (days: number, seconds = 0) => new Date(T0.getTime() + days * DAY + seconds * 1000);
const AGENT = 'query($id: ID!) { agent(id: $id) { status expiresAt permanent daysLeft licenses { id status } } }';

describe('binding agent licenses (SPEC 3.3)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(T0);
    await server.upload([{ type: 'PLATFORM', days: 365 }]);
  });
  afterAll(() => server?.stop());

  it('activates at binding, stacks a second certificate after the first, and a permanent one wins', async () => {
    const admin = await server.admin();
    const agent = await createAgent(admin, 'Sales bot');
    expect((await admin.data<{ agent: { status: string } }>(AGENT, { id: agent.id })).agent.status).toBe('UNLICENSED');
    const { ids } = await server.upload([
      { type: 'AGENT', days: 30 },
      { type: 'AGENT', days: 30 },
      { type: 'AGENT', days: 'permanent' },
      { type: 'AGENT', days: 5 },
    ]);

    const first = await admin.data<{ bindAgentLicense: { status: string; startsAt: string; endsAt: string; agent: { id: string; name: string } } }>(BIND, {
      l: ids[0],
      a: agent.id,
    });
    expect(first.bindAgentLicense).toEqual({
      id: ids[0],
      status: 'ACTIVATED',
      startsAt: T0.toISOString(),
      endsAt: at(30).toISOString(),
      agent: { id: agent.id, name: 'Sales bot' },
    });

    await server.setClock(at(10));
    const second = await admin.data<{ bindAgentLicense: { startsAt: string; endsAt: string } }>(BIND, { l: ids[1], a: agent.id });
    expect(second.bindAgentLicense).toMatchObject({ startsAt: at(30).toISOString(), endsAt: at(60).toISOString() });
    expect((await admin.data(AGENT, { id: agent.id })).agent).toMatchObject({ status: 'ACTIVE', expiresAt: at(60).toISOString(), daysLeft: 50 });

    await admin.data(BIND, { l: ids[2], a: agent.id });
    expect((await admin.data(AGENT, { id: agent.id })).agent).toMatchObject({ status: 'ACTIVE', expiresAt: null, permanent: true, daysLeft: null });
    const absorbed = await admin.data<{ bindAgentLicense: { status: string; startsAt: null; endsAt: null } }>(BIND, { l: ids[3], a: agent.id });
    expect(absorbed.bindAgentLicense).toMatchObject({ status: 'ACTIVATED', startsAt: null, endsAt: null });
    const licenses = (await admin.data<{ agent: { licenses: { id: string }[] } }>(AGENT, { id: agent.id })).agent.licenses.map((l) => l.id);
    expect(licenses.sort()).toEqual([...ids].sort());
  });

  it('refuses with a reason: already bound, not an agent license, deleted agent, deadline passed', async () => {
    const admin = await server.admin();
    const agent = await createAgent(admin, 'Support bot');
    const gone = await createAgent(admin, 'Gone bot');
    const { ids } = await server.upload([
      { type: 'AGENT', days: 10 },
      { type: 'PLATFORM', days: 1 },
      { type: 'AGENT', days: 10 },
      { type: 'AGENT', days: 10, activateBy: at(20) },
    ]);
    await admin.data(BIND, { l: ids[0], a: agent.id });
    const reason = async (licenseId: string, agentId: string) => {
      const result = await admin.request(BIND, { l: licenseId, a: agentId });
      return [result.errors?.[0]?.extensions?.code, result.errors?.[0]?.extensions?.reason];
    };
    expect(await reason(ids[0]!, gone.id)).toEqual(['LICENSE_NOT_BINDABLE', 'ALREADY_BOUND']);
    expect(await reason(ids[1]!, agent.id)).toEqual(['LICENSE_NOT_BINDABLE', 'NOT_AGENT_LICENSE']);
    await admin.data('mutation($id: ID!) { deleteAgent(id: $id) }', { id: gone.id });
    expect(await reason(ids[2]!, gone.id)).toEqual(['LICENSE_NOT_BINDABLE', 'AGENT_DELETED']);
    await server.setClock(at(20));
    expect(await reason(ids[3]!, agent.id)).toEqual(['LICENSE_NOT_BINDABLE', 'ACTIVATION_DEADLINE_PASSED']);
    expect((await admin.data<{ license: { status: string } }>('query($id: ID!) { license(id: $id) { status } }', { id: ids[3] })).license.status).toBe(
      'EXPIRED',
    );
    await server.setClock(at(20, -1));
    expect((await admin.data<{ bindAgentLicense: { status: string } }>(BIND, { l: ids[3], a: agent.id })).bindAgentLicense.status).toBe('ACTIVATED');
    expect(await reason('no-such-license', agent.id)).toEqual(['LICENSE_NOT_FOUND', undefined]);
    expect(await reason(ids[2]!, '00000000-0000-4000-8000-000000000000')).toEqual(['AGENT_NOT_FOUND', undefined]);
    expect(await reason(ids[2]!, 'not-a-uuid')).toEqual(['AGENT_NOT_FOUND', undefined]);
  });

  it('lets the database itself refuse a second activation of a certificate', async () => {
    const admin = await server.admin();
    const agent = await createAgent(admin, 'Constraint bot');
    const { ids } = await server.upload([{ type: 'AGENT', days: 1 }]);
    await admin.data(BIND, { l: ids[0], a: agent.id });
    await expect(server.sql('INSERT INTO activation (certificate_id, agent_id, activated_at) VALUES ($1, $2, now())', [ids[0], agent.id])).rejects.toThrow(
      /duplicate key/,
    );
  });

  it("marks a deleted agent's certificates EXPIRED", async () => {
    const admin = await server.admin();
    const agent = await createAgent(admin, 'Doomed bot');
    const { ids } = await server.upload([{ type: 'AGENT', days: 100 }]);
    await admin.data(BIND, { l: ids[0], a: agent.id });
    expect(await admin.data('mutation($id: ID!) { deleteAgent(id: $id) }', { id: agent.id })).toEqual({ deleteAgent: true });
    expect((await admin.data<{ license: { status: string } }>('query($id: ID!) { license(id: $id) { status } }', { id: ids[0] })).license.status).toBe(
      'EXPIRED',
    );
    expect(await admin.data(AGENT, { id: agent.id })).toEqual({ agent: null });
    expect(await admin.errorCode('mutation($id: ID!) { deleteAgent(id: $id) }', { id: agent.id })).toBe('AGENT_NOT_FOUND');
  });
});

describe('concurrency (SPEC 5)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(T0);
  });
  afterAll(() => server?.stop());

  it('10 concurrent uploads of distinct 30-day platform certificates add exactly 300 days', async () => {
    const admin = await server.admin();
    const results = await Promise.all(Array.from({ length: 10 }, () => server.upload([{ type: 'PLATFORM', days: 30 }], admin)));
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const { platform } = await admin.data<{ platform: { expiresAt: string; daysLeft: number } }>('{ platform { expiresAt daysLeft } }');
    expect(platform).toEqual({ expiresAt: at(300).toISOString(), daysLeft: 300 });
  });

  it('two uploads of the same certificate at once: one imports it, the other reports it skipped', async () => {
    const admin = await server.admin();
    const pkg = await issuePackage(await devVendorKey(server.dataDir), await server.instanceId(), [{ type: 'PLATFORM', days: 1 }]);
    type Upload = { uploadLicensePackage: { imported: { id: string }[]; skipped: { id: string }[] } };
    const [a, b] = await Promise.all([1, 2].map(() => admin.upload<Upload>(UPLOAD_MUTATION, { name: 'same.lcs', content: pkg.content })));
    const outcomes = [a!, b!].map((r) => [r.data!.uploadLicensePackage.imported.length, r.data!.uploadLicensePackage.skipped.length]).sort();
    expect(outcomes).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('20 concurrent binds of one certificate to 20 agents: exactly one succeeds', async () => {
    const admin = await server.admin();
    const agents = await Promise.all(Array.from({ length: 20 }, (_, i) => createAgent(admin, `Racer ${i}`)));
    const { ids } = await server.upload([{ type: 'AGENT', days: 30 }]);
    const results = await Promise.all(agents.map((agent) => admin.request(BIND, { l: ids[0], a: agent.id })));
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.reason === 'ALREADY_BOUND')).toHaveLength(19);
    const licensed = await server.sql<{ count: string }>("SELECT count(*) FROM agent WHERE expires_at IS NOT NULL AND name LIKE 'Racer %'");
    expect(licensed[0]!.count).toBe('1');
  });
});
