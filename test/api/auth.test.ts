import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const ME = '{ me { email role } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id email role disabled } }';

describe('sign-in, sessions and API tokens', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    // Role checks are tested on a licensed platform; license enforcement has its own tests.
    await server.sql('UPDATE platform SET permanent = true');
  });
  afterAll(() => server?.stop());

  it('creates the initial admin from ADMIN_EMAIL and ADMIN_PASSWORD, once', async () => {
    const rows = await server.sql<{ email: string; role: string; password_hash: string }>('SELECT email, role, password_hash FROM app_user');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: ADMIN_EMAIL, role: 'ADMIN' });
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('signs in with the right password and answers `me` over a bearer token', async () => {
    const admin = await server.admin();
    expect(await admin.data(ME)).toEqual({ me: { email: ADMIN_EMAIL, role: 'ADMIN' } });
  });

  it('sets an HttpOnly SameSite session cookie that authenticates the browser', async () => {
    const result = await server
      .client()
      .request('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN_EMAIL.toUpperCase(), p: ADMIN_PASSWORD });
    const cookie = result.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lm_session=lms_[\w-]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const browser = server.client().withCookie(cookie.split(';')[0]!);
    expect(await browser.data(ME)).toEqual({ me: { email: ADMIN_EMAIL, role: 'ADMIN' } });
    expect(await browser.data('mutation { logout }')).toEqual({ logout: true });
    expect(await browser.errorCode(ME)).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password or an unknown email with UNAUTHENTICATED and the same message', async () => {
    const wrong = await server.client().request('mutation { login(email: "admin@test.example", password: "nope nope nope") { token } }');
    const unknown = await server.client().request('mutation { login(email: "ghost@test.example", password: "nope nope nope") { token } }');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('refuses anonymous requests to everything but sign-in', async () => {
    for (const query of [ME, '{ users { id } }', '{ apiTokens { id } }', 'mutation { logout }']) {
      expect(await server.client().errorCode(query)).toBe('UNAUTHENTICATED');
    }
    expect(await server.client('lmt_not-a-real-token').errorCode(ME)).toBe('UNAUTHENTICATED');
  });

  it('makes, lists and revokes API tokens; a revoked token stops working', async () => {
    const admin = await server.admin();
    const created = await admin.data<{ createApiToken: { token: string; apiToken: { id: string; name: string } } }>(
      'mutation { createApiToken(input: { name: "CI integration" }) { token apiToken { id name } } }',
    );
    const integrator = server.client(created.createApiToken.token);
    expect(await integrator.data(ME)).toEqual({ me: { email: ADMIN_EMAIL, role: 'ADMIN' } });
    const list = await admin.data<{ apiTokens: { id: string; name: string; revokedAt: string | null }[] }>('{ apiTokens { id name revokedAt } }');
    expect(list.apiTokens).toContainEqual({ id: created.createApiToken.apiToken.id, name: 'CI integration', revokedAt: null });
    expect(await admin.data('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: created.createApiToken.apiToken.id })).toEqual({ revokeApiToken: true });
    expect(await integrator.errorCode(ME)).toBe('UNAUTHENTICATED');
    expect(await admin.data('mutation { revokeApiToken(id: "not-a-uuid") }')).toEqual({ revokeApiToken: false });
  });

  it('lets only admins manage users; other roles get FORBIDDEN', async () => {
    const admin = await server.admin();
    const roles = ['LICENSE_MANAGER', 'OPERATOR', 'VIEWER'] as const;
    for (const role of roles) {
      const email = `${role.toLowerCase()}@test.example`;
      const created = await admin.data<{ createUser: { email: string; role: string } }>(CREATE_USER, {
        input: { email, password: 'long enough password', role },
      });
      expect(created.createUser).toMatchObject({ email, role });
      const user = server.client(await server.client().login(email, 'long enough password'));
      expect(await user.data(ME)).toEqual({ me: { email, role } });
      expect(await user.errorCode('{ users { id } }')).toBe('FORBIDDEN');
      expect(await user.errorCode(CREATE_USER, { input: { email: `x-${email}`, password: 'long enough password', role: 'ADMIN' } })).toBe('FORBIDDEN');
    }
    const users = await admin.data<{ users: { email: string }[] }>('{ users { email } }');
    expect(users.users.map((u) => u.email).sort()).toEqual([ADMIN_EMAIL, ...roles.map((r) => `${r.toLowerCase()}@test.example`)].sort());
  });

  it('validates new users: email, password length, duplicates', async () => {
    const admin = await server.admin();
    expect(await admin.errorCode(CREATE_USER, { input: { email: 'not-an-email', password: 'long enough password', role: 'VIEWER' } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(CREATE_USER, { input: { email: 'short@test.example', password: 'short', role: 'VIEWER' } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(CREATE_USER, { input: { email: ADMIN_EMAIL, password: 'long enough password', role: 'VIEWER' } })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(CREATE_USER, { input: { email: 'x@test.example', password: 'long enough password', role: 'ROOT' } })).toBe('BAD_USER_INPUT');
  });

  it('changes roles and disables users, ending their sessions; the last admin stays', async () => {
    const admin = await server.admin();
    const { createUser } = await admin.data<{ createUser: { id: string } }>(CREATE_USER, {
      input: { email: 'temp@test.example', password: 'long enough password', role: 'VIEWER' },
    });
    const temp = server.client(await server.client().login('temp@test.example', 'long enough password'));
    await admin.data('mutation($id: ID!) { changeUserRole(id: $id, role: OPERATOR) { role } }', { id: createUser.id });
    expect(await temp.data(ME)).toEqual({ me: { email: 'temp@test.example', role: 'OPERATOR' } });
    const disabled = await admin.data<{ disableUser: { disabled: boolean } }>('mutation($id: ID!) { disableUser(id: $id) { disabled } }', {
      id: createUser.id,
    });
    expect(disabled.disableUser.disabled).toBe(true);
    expect(await temp.errorCode(ME)).toBe('UNAUTHENTICATED');
    expect(await server.client().errorCode('mutation { login(email: "temp@test.example", password: "long enough password") { token } }')).toBe(
      'UNAUTHENTICATED',
    );

    const [me] = await server.sql<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [ADMIN_EMAIL]);
    expect(await admin.errorCode('mutation($id: ID!) { changeUserRole(id: $id, role: VIEWER) { role } }', { id: me!.id })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode('mutation($id: ID!) { disableUser(id: $id) { id } }', { id: me!.id })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode('mutation { disableUser(id: "00000000-0000-4000-8000-000000000000") { id } }')).toBe('NOT_FOUND');
  });
});

describe('sign-in rate limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.stop());

  it('backs off an account from one address after 5 failures there, even with the right password', async () => {
    const attempt = (password: string) =>
      server.client().request('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: ADMIN_EMAIL, p: password });
    for (let i = 0; i < 5; i += 1) {
      expect((await attempt('wrong password')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = await attempt(ADMIN_PASSWORD);
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('limits an address across accounts after 20 failures', async () => {
    for (let i = 0; i < 20; i += 1) {
      await server.client().request(`mutation { login(email: "user${i}@test.example", password: "whatever") { token } }`);
    }
    const limited = await server.client().request('mutation { login(email: "fresh@test.example", password: "whatever") { token } }');
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
