import { request as httpRequest } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { GraphQLTestClient } from '../support/graphql-client.js';
import { freePort } from '../support/ports.js';
import { spawnServer, waitForOk, type ServerProcess } from '../support/process.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { VECTORS_DIR } from '../support/vectors.js';

/**
 * Issue 17's attacks, run against a production start (NODE_ENV=production, a separate process so that
 * its memory and event loop are its own), each asserting the safe outcome.
 */
describe('security: a production server under attack', () => {
  let db: TestDatabase;
  let dataDir: string;
  let server: ServerProcess;
  let url: string;
  let wsUrl: string;
  let token: string;
  let admin: GraphQLTestClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'license-security-'));
    const port = await freePort();
    server = spawnServer({
      DATABASE_URL: db.url,
      PORT: String(port),
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      LICENSE_TRUSTED_KEYS: await readFile(fileURLToPath(new URL('trusted-keys.jwks.json', VECTORS_DIR)), 'utf8'),
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      REMINDER_SWEEP_SECONDS: '86400',
    });
    url = `http://127.0.0.1:${port}`;
    wsUrl = `ws://127.0.0.1:${port}/graphql`;
    await Promise.race([
      waitForOk(`${url}/readyz`, 90_000),
      server.exited.then((code) => {
        throw new Error(`the server exited with ${code}:\n${server.output()}`);
      }),
    ]);
    token = await new GraphQLTestClient(url).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    admin = new GraphQLTestClient(url, token);
  }, 120_000);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    await db?.drop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const rssMb = async (): Promise<number> => {
    const status = await readFile(`/proc/${server.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  };

  it('refuses the alias bomb (20 000 × `me { id }`) in under 1 s while /healthz answers within 200 ms', async () => {
    // The 300 KB body is made before the clock starts, so the test's own work is not what is measured.
    const body = JSON.stringify({ query: `{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: me { id }`).join(' ')} }` });
    const send = () => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    await fetch(`${url}/healthz`);
    const health: number[] = [];
    let done = false;
    const probe = (async () => {
      while (!done) {
        const started = performance.now();
        const response = await fetch(`${url}/healthz`);
        expect(response.status).toBe(200);
        health.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const elapsed: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const started = performance.now();
      const result = (await (await send()).json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      elapsed.push(performance.now() - started);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    }
    done = true;
    await probe;
    console.log(`alias bomb: ${elapsed.map((e) => e.toFixed(0)).join(', ')} ms; healthz: ${health.map((h) => h.toFixed(0)).join(', ')} ms`);
    expect(Math.max(...elapsed)).toBeLessThan(1000);
    expect(health.length).toBeGreaterThan(0);
    expect(Math.max(...health)).toBeLessThan(200);
    // Twenty-one aliases, well under the token limit, are refused by the alias rule.
    const aliases = await admin.request(`{ ${Array.from({ length: 21 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(aliases.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers NUL bytes with BAD_USER_INPUT over HTTP, in literals, variables and channel bodies', async () => {
    const literal = await admin.request('{ license(id: "a\\u0000b") { id } }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(literal.errors)).not.toMatch(/SELECT|byte sequence/);
    const variable = await admin.request('mutation($name: String!) { createAgent(input: { name: $name }) { id } }', { name: 'bot\u0000' });
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const login = await new GraphQLTestClient(url).request('mutation($e: String!) { login(email: $e, password: "x") { token } }', { e: 'a\u0000@b.c' });
    expect(login.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const channel = await fetch(`${url}/channels/${crypto.randomUUID()}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'hi\u0000' }),
    });
    expect(channel.status).toBe(400);
    expect(await channel.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('sends security headers: CSP with frame-ancestors, nosniff, Referrer-Policy; no HSTS over plain HTTP', async () => {
    // Not `/`: on a fresh clone the SPA may not be built yet when this runs (the browser tests check its page's CSP).
    for (const path of ['/healthz', '/graphql']) {
      const response = await fetch(`${url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
    // No landing page from a CDN in production.
    const landing = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toMatch(/<script|apollographql\.com/);
  });

  it('answers malformed JSON as JSON, hides introspection and field suggestions in production', async () => {
    const broken = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-type')).toMatch(/application\/json/);
    expect(await broken.text()).not.toMatch(/<html|at .*\.js/);
    const introspection = await admin.request('{ __schema { types { name } } }');
    expect(introspection.data).toBeNull();
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const guess = await new GraphQLTestClient(url).request('mutation { createUse { id } }');
    expect(guess.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(guess.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  /** A graphql-ws client signed in with a token; resolves once connected. */
  const connect = async (secret: string, closed: (code: number) => void = () => undefined): Promise<Client> => {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${secret}` },
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      on: { closed: (event) => closed((event as { code: number }).code) },
    });
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    return client;
  };
  const errorsOver = (client: Client, query: string, variables?: Record<string, unknown>): Promise<{ message: string; extensions?: { code?: string } }[]> =>
    new Promise((resolve) => {
      client.subscribe(
        { query, variables },
        {
          next: (result) => resolve((result.errors ?? []) as never),
          error: (errors) => resolve(errors as never),
          complete: () => resolve([]),
        },
      );
    });

  it('over WebSocket: masked errors with codes, no introspection, NUL → BAD_USER_INPUT, subscriptions only', async () => {
    const client = await connect(token);
    try {
      const nul = await errorsOver(client, '{ license(id: "a\\u0000b") { id } }');
      expect(nul[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(nul)).not.toMatch(/SELECT|byte sequence/);
      const nulVariable = await errorsOver(client, 'query($id: ID!) { license(id: $id) { id } }', { id: 'a\u0000b' });
      expect(nulVariable[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const introspection = await errorsOver(client, '{ __schema { types { name } } }');
      expect(introspection[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const query = await errorsOver(client, '{ me { id } }');
      expect(query[0]?.extensions?.code).toBe('BAD_REQUEST');
      const unknown = await errorsOver(client, 'subscription { expiringResource { kind } }');
      expect(unknown[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(unknown[0]?.message).not.toMatch(/Did you mean/);
      const bomb = await errorsOver(client, `{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
      expect(bomb[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    } finally {
      await client.dispose();
    }
  });

  it('closes a socket that sends a 2 MiB frame (1009) without growing the server past 50 MB', async () => {
    const before = await rssMb();
    const codes = await Promise.all(
      Array.from({ length: 5 }, () => {
        const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
        return new Promise<number>((resolve, reject) => {
          socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { junk: 'x'.repeat(2 * 1024 * 1024) } })));
          socket.on('close', (code) => resolve(code));
          socket.on('error', () => undefined);
          setTimeout(() => reject(new Error('the socket stayed open')), 10_000);
        });
      }),
    );
    expect(codes).toEqual([1009, 1009, 1009, 1009, 1009]);
    expect((await rssMb()) - before).toBeLessThan(50);
  });

  it('refuses a WebSocket upgrade from a foreign Origin, and accepts its own', async () => {
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { origin: 'http://evil.example', headers: { authorization: `Bearer ${token}` } });
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(403);
    const own = await new Promise<number>((resolve) => {
      const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { origin: url });
      socket.on('open', () => {
        socket.close();
        resolve(101);
      });
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    });
    expect(own).toBe(101);
  });

  it("closes a revoked session's socket (4401)", async () => {
    const session = await new GraphQLTestClient(url).login(ADMIN_EMAIL, ADMIN_PASSWORD);
    let closedWith: number | null = null;
    const client = await connect(session, (code) => (closedWith = code));
    client.subscribe({ query: 'subscription { expiringResources { kind } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    expect(await new GraphQLTestClient(url, session).data('mutation { logout }')).toEqual({ logout: true });
    const deadline = Date.now() + 5000;
    while (closedWith === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(closedWith).toBe(4401);
    await client.dispose();
  });

  /** A sign-in sent from a given loopback address (Linux routes all of 127/8 to lo). */
  const loginFrom = (localAddress: string, password: string): Promise<{ code?: string; token?: string }> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        variables: { e: ADMIN_EMAIL, p: password },
      });
      const req = httpRequest(`${url}/graphql`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const parsed = JSON.parse(text) as { data?: { login?: { token: string } }; errors?: { extensions?: { code?: string } }[] };
          resolve({ code: parsed.errors?.[0]?.extensions?.code, token: parsed.data?.login?.token });
        });
      });
      req.on('error', reject);
      req.end(body);
    });

  it('wrong passwords from one address do not stop the right password from another', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 8; i += 1) codes.push((await loginFrom('127.0.0.2', 'wrong password')).code);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(Array(3).fill('RATE_LIMITED'));
    expect((await loginFrom('127.0.0.2', ADMIN_PASSWORD)).code).toBe('RATE_LIMITED');
    const elsewhere = await loginFrom('127.0.0.3', ADMIN_PASSWORD);
    expect(elsewhere.code).toBeUndefined();
    expect(elsewhere.token).toMatch(/^lms/);
  });
});

describe('security: rate limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ GRAPHQL_RATE_LIMIT_PER_MINUTE: '5', CHANNEL_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => server?.stop());

  it('answers RATE_LIMITED with 429 and Retry-After per user on /graphql', async () => {
    const admin = await server.admin();
    const results = [];
    for (let i = 0; i < 6; i += 1) results.push(await admin.request('{ me { id } }'));
    // Sign-in itself was the address's first operation; the user's own bucket starts full.
    expect(results.slice(0, 5).every((r) => r.errors === undefined)).toBe(true);
    const limited = results[5]!;
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBe(Number(limited.headers.get('retry-after')));
  });

  it('answers 429 RATE_LIMITED with Retry-After per agent and address on /channels', async () => {
    const agentId = crypto.randomUUID();
    const send = (id: string) =>
      fetch(`${server.url}/channels/${id}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await send(agentId)).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    const limited = await send(agentId);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    // Another agent from the same address has its own budget.
    expect((await send(crypto.randomUUID())).status).toBe(404);
  });
});
