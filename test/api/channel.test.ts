import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIND, createAgent, postMessage, type CreatedAgent } from '../support/agents.js';
import { startTestServer, type TestServer } from '../support/server.js';

const DAY = 86_400_000;
const T0 = new Date('2027-03-01T00:00:00Z');
const at = (days: number, seconds = 0) => new Date(T0.getTime() + days * DAY + seconds * 1000);
const FLOW = {
  greeting: 'Welcome to ACME!',
  rules: [
    { match: 'price', reply: 'Plans start at 10 EUR a month.' },
    { match: 'human', reply: 'Connecting you to a person.' },
  ],
  fallback: 'Sorry, I can only talk about prices.',
};
const UPDATE_FLOW = 'mutation($id: ID!, $flow: FlowInput!) { updateAgentFlow(id: $id, flow: $flow) { flow { greeting rules { match reply } fallback } } }';
const SEND = 'mutation($id: ID!, $text: String!) { sendMessage(agentId: $id, text: $text) { replies { text } } }';

describe('the channel endpoint and the test chat (SPEC 6, 9)', () => {
  let server: TestServer;
  let licensed: CreatedAgent;
  let unlicensed: CreatedAgent;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(T0);
    const { ids } = await server.upload([
      { type: 'PLATFORM', days: 100 },
      { type: 'AGENT', days: 10 },
    ]);
    const admin = await server.admin();
    licensed = await createAgent(admin, 'Licensed bot');
    unlicensed = await createAgent(admin, 'Unlicensed bot');
    await admin.data(UPDATE_FLOW, { id: licensed.id, flow: FLOW });
    await admin.data(BIND, { l: ids[1], a: licensed.id });
  });
  afterAll(() => server?.stop());

  it('answers from the flow: first matching rule ignoring case, else fallback; empty text gets the greeting', async () => {
    expect(await postMessage(server.url, licensed.id, licensed.channelToken, 'What is the PRICE? I want a human')).toEqual({
      status: 200,
      body: { replies: [{ text: 'Plans start at 10 EUR a month.' }] },
    });
    expect((await postMessage(server.url, licensed.id, licensed.channelToken, 'hello')).body).toEqual({ replies: [{ text: FLOW.fallback }] });
    expect((await postMessage(server.url, licensed.id, licensed.channelToken, '')).body).toEqual({ replies: [{ text: FLOW.greeting }] });
  });

  it('answers 404 for unknown agents, 401 for a wrong or missing token, 400 for a bad body', async () => {
    expect((await postMessage(server.url, '00000000-0000-4000-8000-000000000000', 'x', 'hi')).status).toBe(404);
    expect((await postMessage(server.url, 'not-a-uuid', 'x', 'hi')).status).toBe(404);
    expect((await postMessage(server.url, licensed.id, 'lmc_wrong', 'hi')).status).toBe(401);
    expect((await postMessage(server.url, licensed.id, null, 'hi')).status).toBe(401);
    expect((await postMessage(server.url, licensed.id, licensed.channelToken, 42)).status).toBe(400);
    const malformed = await fetch(`${server.url}/channels/${licensed.id}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-channel-token': licensed.channelToken },
      body: '{"text": ',
    });
    expect([malformed.status, ((await malformed.json()) as { code: string }).code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('refuses an unlicensed agent with 403 AGENT_LICENSE_INACTIVE and records the refused message', async () => {
    expect(await postMessage(server.url, unlicensed.id, unlicensed.channelToken, 'anyone there?')).toMatchObject({
      status: 403,
      body: { code: 'AGENT_LICENSE_INACTIVE' },
    });
    const admin = await server.admin();
    const messages = await admin.data<{ channelMessages: { totalCount: number; edges: { node: { text: string; refused: boolean; reply: string | null } }[] } }>(
      'query($id: ID!) { channelMessages(agentId: $id) { totalCount edges { node { text refused reply } } } }',
      { id: unlicensed.id },
    );
    expect(messages.channelMessages.edges[0]?.node).toEqual({ text: 'anyone there?', refused: true, reply: null });
  });

  it('is exact at the boundary: at E - 1 s the agent answers, at E it is refused', async () => {
    await server.setClock(at(10, -1));
    expect((await postMessage(server.url, licensed.id, licensed.channelToken, 'price')).status).toBe(200);
    await server.setClock(at(10));
    expect((await postMessage(server.url, licensed.id, licensed.channelToken, 'price')).status).toBe(403);
    const admin = await server.admin();
    expect(await admin.errorCode(SEND, { id: licensed.id, text: 'price' })).toBe('AGENT_LICENSE_INACTIVE');
    await server.setClock(T0);
  });

  it('stops answering on the old token once it is rotated', async () => {
    const admin = await server.admin();
    const rotated = await admin.data<{ rotateChannelToken: { channelToken: string } }>('mutation($id: ID!) { rotateChannelToken(id: $id) { channelToken } }', {
      id: licensed.id,
    });
    expect((await postMessage(server.url, licensed.id, licensed.channelToken, 'price')).status).toBe(401);
    expect((await postMessage(server.url, licensed.id, rotated.rotateChannelToken.channelToken, 'price')).status).toBe(200);
    licensed = { ...licensed, channelToken: rotated.rotateChannelToken.channelToken };
  });

  it('gives the test chat the same answers, gated by the agent license only', async () => {
    const admin = await server.admin();
    expect(await admin.data(SEND, { id: licensed.id, text: 'price?' })).toEqual({ sendMessage: { replies: [{ text: 'Plans start at 10 EUR a month.' }] } });
    expect(await admin.errorCode(SEND, { id: unlicensed.id, text: 'hi' })).toBe('AGENT_LICENSE_INACTIVE');
  });

  it('with only agent licenses (platform expired): agents converse, flows cannot be edited', async () => {
    const admin = await server.admin();
    // Day 9: still inside the agent's window, while the platform expired on day 5.
    await server.setClock(at(9));
    await server.sql('UPDATE platform SET expires_at = $1', [at(5)]);
    expect((await postMessage(server.url, licensed.id, licensed.channelToken, 'price')).status).toBe(200);
    expect(await admin.data(SEND, { id: licensed.id, text: 'price' })).toEqual({ sendMessage: { replies: [{ text: 'Plans start at 10 EUR a month.' }] } });
    const refused = await admin.request(UPDATE_FLOW, { id: licensed.id, flow: FLOW });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'PLATFORM_LICENSE_INACTIVE', expiredAt: at(5).toISOString() });
  });

  it('with only a platform license: agents can be created and edited, but cannot converse', async () => {
    await server.sql('UPDATE platform SET expires_at = $1', [at(1000)]);
    const admin = await server.admin();
    const fresh = await createAgent(admin, 'Fresh bot');
    await admin.data(UPDATE_FLOW, { id: fresh.id, flow: FLOW });
    expect((await postMessage(server.url, fresh.id, fresh.channelToken, 'price')).status).toBe(403);
  });

  it('validates flows', async () => {
    const admin = await server.admin();
    expect(await admin.errorCode(UPDATE_FLOW, { id: licensed.id, flow: { ...FLOW, greeting: '' } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(UPDATE_FLOW, { id: licensed.id, flow: { ...FLOW, rules: [{ match: '', reply: 'x' }] } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(UPDATE_FLOW, { id: '00000000-0000-4000-8000-000000000000', flow: FLOW })).toBe('AGENT_NOT_FOUND');
  });
});
