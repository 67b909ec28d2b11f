import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIND, createAgent, postMessage, type CreatedAgent } from '../support/agents.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { devVendorKey } from '../support/licenses.js';
import { startTestServer, type TestServer } from '../support/server.js';

const DAY = 86_400_000;
const DAY0 = new Date('2030-01-01T00:00:00Z');
const day = (n: number): Date => new Date(DAY0.getTime() + n * DAY);

const PLATFORM = '{ platform { status daysLeft expiresAt clock { status highWater observedAt } } }';
interface PlatformAnswer {
  platform: { status: string; daysLeft: number | null; expiresAt: string | null; clock: { status: string; highWater: string; observedAt: string } };
}

/** SPEC 14: what a machine whose clock was set back does — the reading moves, the mark stays. */
async function setWallClock(server: TestServer, now: Date): Promise<void> {
  const response = await fetch(`${server.url}/__test__/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now: now.toISOString(), wall: true }),
  });
  if (!response.ok) throw new Error(`clock hook answered ${response.status}`);
}

describe('time that only moves forward (SPEC 14)', () => {
  let db: TestDatabase;
  let server: TestServer;
  let agent: CreatedAgent;
  const count = async (text: string): Promise<number> => (await server.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${text}`))[0]!.n;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer({}, db);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('keeps an expired platform and agent expired when the clock is set back, says so once, and is OK again when it catches up', async () => {
    await server.setClock(DAY0);
    const admin = await server.admin();
    const { ids } = await server.upload([
      { type: 'PLATFORM', days: 10 },
      { type: 'AGENT', days: 10 },
    ]);
    agent = await createAgent(admin, 'Time bot');
    const bound = await admin.data<{ bindAgentLicense: { endsAt: string } }>(BIND, { l: ids[1], a: agent.id });
    expect(bound.bindAgentLicense.endsAt).toBe(day(10).toISOString());
    expect((await postMessage(server.url, agent.id, agent.channelToken, 'hi')).status).toBe(200);

    await server.setClock(day(12));
    await server.sweep();
    const reminders = await count('reminder');
    const notifications = await count('notification');
    expect((await admin.data<PlatformAnswer>(PLATFORM)).platform).toMatchObject({
      status: 'EXPIRED',
      clock: { status: 'OK', highWater: day(12).toISOString() },
    });

    await setWallClock(server, day(5));
    expect((await admin.data<PlatformAnswer>(PLATFORM)).platform).toEqual({
      status: 'EXPIRED',
      daysLeft: 0,
      expiresAt: day(10).toISOString(),
      clock: { status: 'ROLLED_BACK', highWater: day(12).toISOString(), observedAt: day(5).toISOString() },
    });
    expect(await admin.errorCode('mutation { createAgent(input: { name: "Late" }) { id } }')).toBe('PLATFORM_LICENSE_INACTIVE');
    expect(await postMessage(server.url, agent.id, agent.channelToken, 'hi')).toMatchObject({ status: 403, body: { code: 'AGENT_LICENSE_INACTIVE' } });

    await server.sweep();
    await server.sweep();
    expect(await count('reminder')).toBe(reminders);
    expect(await count("audit_event WHERE action = 'CLOCK_ROLLED_BACK'")).toBe(1);
    expect(await count("notification WHERE kind = 'CLOCK_ROLLED_BACK'")).toBe(1);
    expect(await count("notification WHERE kind <> 'CLOCK_ROLLED_BACK'")).toBe(notifications);
    const { notifications: page } = await admin.data<{ notifications: { edges: { node: { kind: string; expiresAt: string } }[] } }>(
      '{ notifications(first: 1) { edges { node { kind expiresAt } } } }',
    );
    expect(page.edges[0]!.node).toEqual({ kind: 'CLOCK_ROLLED_BACK', expiresAt: day(12).toISOString() });

    await setWallClock(server, day(13));
    await server.sweep();
    expect((await admin.data<PlatformAnswer>(PLATFORM)).platform).toMatchObject({
      status: 'EXPIRED',
      clock: { status: 'OK', highWater: day(13).toISOString(), observedAt: day(13).toISOString() },
    });
  });

  it('judges an upload made while the clock is behind at the mark, and records a new incident once', async () => {
    await setWallClock(server, day(6));
    await server.sweep();
    await server.sweep();
    expect(await count("audit_event WHERE action = 'CLOCK_ROLLED_BACK'")).toBe(2);
    await server.upload([{ type: 'PLATFORM', days: 10 }]);
    const admin = await server.admin();
    expect((await admin.data<PlatformAnswer>(PLATFORM)).platform).toMatchObject({ status: 'ACTIVE', daysLeft: 10, expiresAt: day(23).toISOString() });
  });

  it('keeps the mark across a restart while the clock is behind it', async () => {
    await server.stop();
    // The new process reads the real clock, years before the mark: nothing may be judged before it.
    server = await startTestServer({}, db);
    const admin = await server.admin();
    const { platform } = await admin.data<PlatformAnswer>(PLATFORM);
    expect(platform).toMatchObject({ status: 'ACTIVE', daysLeft: 10, clock: { status: 'ROLLED_BACK', highWater: day(13).toISOString() } });
    expect(await postMessage(server.url, agent.id, agent.channelToken, 'hi')).toMatchObject({ status: 403, body: { code: 'AGENT_LICENSE_INACTIVE' } });
  });

  it('refuses a malformed hook body', async () => {
    const response = await fetch(`${server.url}/__test__/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now: day(1).toISOString(), wall: 'yes' }),
    });
    expect(response.status).toBe(400);
  });

  it('lists the trusted vendor keys to admins only, with their RFC 7638 fingerprint and where they came from', async () => {
    const admin = await server.admin();
    // Back to the real clock, mark and all: the platform (licensed into 2030) is active again.
    await server.setClock(null);
    const { trustedKeys } = await admin.data<{ trustedKeys: { kid: string; algorithm: string; fingerprint: string; source: string }[] }>(
      '{ trustedKeys { kid algorithm fingerprint source } }',
    );
    const key = await devVendorKey(server.dataDir);
    // RFC 7638: SHA-256 of the required members in lexicographic order, no spaces, base64url.
    const fingerprint = createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${key.x}"}`).digest('base64url');
    expect(trustedKeys).toEqual([{ kid: key.kid, algorithm: 'EdDSA', fingerprint, source: 'DEVELOPMENT_KEY' }]);
    await admin.data('mutation { createUser(input: { email: "viewer@time.example", password: "long enough password", role: VIEWER }) { id } }');
    const viewer = server.client(await server.client().login('viewer@time.example', 'long enough password'));
    expect(await viewer.errorCode('{ trustedKeys { kid } }')).toBe('FORBIDDEN');
  });
});
