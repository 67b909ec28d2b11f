import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLTestClient } from '../support/graphql-client.js';
import { startTestServer, UPLOAD_MUTATION, type TestServer } from '../support/server.js';

type Role = 'ADMIN' | 'LICENSE_MANAGER' | 'OPERATOR' | 'VIEWER';
type PlatformState = 'UNLICENSED' | 'ACTIVE' | 'EXPIRED';
const ROLES: readonly Role[] = ['ADMIN', 'LICENSE_MANAGER', 'OPERATOR', 'VIEWER'];
const STATES: readonly PlatformState[] = ['UNLICENSED', 'ACTIVE', 'EXPIRED'];
const ALL = ROLES;
const LICENSES: readonly Role[] = ['ADMIN', 'LICENSE_MANAGER'];
const AGENTS: readonly Role[] = ['ADMIN', 'OPERATOR'];
const ADMIN: readonly Role[] = ['ADMIN'];
const NO_SUCH = '00000000-0000-4000-8000-000000000000';

/** Every query and mutation: who may call it (SPEC 8) and whether it works while the platform is not ACTIVE (SPEC 6). */
interface Operation {
  readonly name: string;
  readonly roles: readonly Role[];
  readonly whileInactive: boolean;
  run(client: GraphQLTestClient): Promise<string | undefined>;
}
const op = (name: string, roles: readonly Role[], whileInactive: boolean, query: string, variables: () => Record<string, unknown> = () => ({})): Operation => ({
  name,
  roles,
  whileInactive,
  run: (client) => client.errorCode(query, variables()),
});

const OPERATIONS: readonly Operation[] = [
  op('me', ALL, true, '{ me { id } }'),
  op('logout', ALL, true, 'mutation { logout }'),
  op('platform', ALL, true, '{ platform { status } }'),
  op('licenses', ALL, true, '{ licenses { totalCount } }'),
  op('license', ALL, true, '{ license(id: "x") { id } }'),
  {
    name: 'uploadLicensePackage',
    roles: LICENSES,
    whileInactive: true,
    run: async (client) => (await client.upload(UPLOAD_MUTATION, { name: 'x.lcs', content: 'not json' })).errors?.[0]?.extensions?.code,
  },
  {
    name: 'previewLicensePackage',
    roles: LICENSES,
    whileInactive: true,
    run: async (client) =>
      (await client.upload('mutation($file: Upload!) { previewLicensePackage(file: $file) { valid } }', { name: 'x.lcs', content: 'not json' })).errors?.[0]
        ?.extensions?.code,
  },
  op('bindAgentLicense', LICENSES, true, `mutation { bindAgentLicense(licenseId: "x", agentId: "${NO_SUCH}") { id } }`),
  op('agents', ALL, true, '{ agents { totalCount } }'),
  op('agent', ALL, false, `{ agent(id: "${NO_SUCH}") { id } }`),
  op('createAgent', AGENTS, false, 'mutation { createAgent(input: { name: "Matrix bot" }) { id } }'),
  op('deleteAgent', AGENTS, false, `mutation { deleteAgent(id: "${NO_SUCH}") }`),
  op('updateAgentFlow', AGENTS, false, `mutation { updateAgentFlow(id: "${NO_SUCH}", flow: { greeting: "hi", rules: [], fallback: "?" }) { id } }`),
  op('rotateChannelToken', AGENTS, false, `mutation { rotateChannelToken(id: "${NO_SUCH}") { id } }`),
  op('sendMessage', AGENTS, true, `mutation { sendMessage(agentId: "${NO_SUCH}", text: "hi") { replies { text } } }`),
  op('channelMessages', AGENTS, false, `{ channelMessages(agentId: "${NO_SUCH}") { totalCount } }`),
  op('expiringResources', ALL, true, '{ expiringResources { resourceId } }'),
  op('notifications', ALL, true, '{ notifications { totalCount } }'),
  op('unreadNotificationCount', ALL, true, '{ unreadNotificationCount }'),
  op('markNotificationsRead', ALL, true, 'mutation { markNotificationsRead(ids: []) }'),
  op('users', ADMIN, false, '{ users { id } }'),
  op('trustedKeys', ADMIN, false, '{ trustedKeys { kid fingerprint } }'),
  op('createUser', ADMIN, false, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', () => ({
    input: { email: `u-${randomUUID()}@matrix.example`, password: 'long enough password', role: 'VIEWER' },
  })),
  op('changeUserRole', ADMIN, false, `mutation { changeUserRole(id: "${NO_SUCH}", role: VIEWER) { id } }`),
  op('disableUser', ADMIN, false, `mutation { disableUser(id: "${NO_SUCH}") { id } }`),
  op('apiTokens', ALL, false, '{ apiTokens { id } }'),
  op('createApiToken', ALL, false, 'mutation { createApiToken(input: { name: "matrix" }) { token } }'),
  op('revokeApiToken', ALL, false, `mutation { revokeApiToken(id: "${NO_SUCH}") }`),
  op('auditEvents', ADMIN, false, '{ auditEvents { totalCount } }'),
  op('updateMyPreferences', ALL, false, 'mutation { updateMyPreferences(input: { locale: en }) { locale } }'),
  op('emailConfigured', ALL, false, '{ emailConfigured }'),
  op('webhookEndpoints', ADMIN, false, '{ webhookEndpoints { id } }'),
  op('webhookDeliveries', ADMIN, false, `{ webhookDeliveries(endpointId: "${NO_SUCH}") { totalCount } }`),
  op('createWebhookEndpoint', ADMIN, false, 'mutation { createWebhookEndpoint(input: { url: "https://example.com/h", events: [WEBHOOK_TEST] }) { secret } }'),
  op('deleteWebhookEndpoint', ADMIN, false, `mutation { deleteWebhookEndpoint(id: "${NO_SUCH}") }`),
  op('sendTestWebhook', ADMIN, false, `mutation { sendTestWebhook(id: "${NO_SUCH}") { id } }`),
  op('redeliverWebhook', ADMIN, false, `mutation { redeliverWebhook(deliveryId: "${NO_SUCH}") { id } }`),
];

const ACCESS_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'PLATFORM_LICENSE_INACTIVE']);

/** What SPEC 6 and 8 say a call gives: an access error code, or 'ALLOWED' (success or a domain error of the call itself). */
function expected(operation: Operation, role: Role | 'ANONYMOUS', state: PlatformState): string {
  if (role === 'ANONYMOUS') return 'UNAUTHENTICATED';
  if (state !== 'ACTIVE' && !operation.whileInactive) return 'PLATFORM_LICENSE_INACTIVE';
  if (!operation.roles.includes(role)) return 'FORBIDDEN';
  return 'ALLOWED';
}

const ROWS = STATES.flatMap((state) =>
  OPERATIONS.flatMap((operation) => [...ROLES, 'ANONYMOUS' as const].map((role) => ({ state, operation, role, want: expected(operation, role, state) }))),
);

describe('authorization matrix: every operation × role × platform state', () => {
  let server: TestServer;
  const clients = new Map<Role | 'ANONYMOUS', GraphQLTestClient>();

  beforeAll(async () => {
    server = await startTestServer();
    await server.sql("UPDATE platform SET expires_at = now() + interval '1 day'");
    const admin = await server.admin();
    for (const role of ROLES) {
      const email = `${role.toLowerCase()}@matrix.example`;
      if (role !== 'ADMIN')
        await admin.data('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
          input: { email, password: 'long enough password', role },
        });
      const session = role === 'ADMIN' ? admin : server.client(await server.client().login(email, 'long enough password'));
      // API tokens, so that the `logout` rows do not end the session the other rows use.
      const { createApiToken } = await session.data<{ createApiToken: { token: string } }>('mutation { createApiToken(input: { name: "matrix" }) { token } }');
      clients.set(role, server.client(createApiToken.token));
    }
    clients.set('ANONYMOUS', server.client());
  });
  afterAll(() => server?.stop());

  for (const state of STATES) {
    describe(`platform ${state}`, () => {
      beforeAll(async () => {
        const expiry = { UNLICENSED: null, ACTIVE: "now() + interval '1 day'", EXPIRED: "now() - interval '1 second'" }[state];
        await server.sql(`UPDATE platform SET expires_at = ${expiry ?? 'NULL'}, permanent = false`);
      });

      it.each(ROWS.filter((row) => row.state === state).map((row) => [row.operation.name, row.role, row.want, row.operation] as const))(
        '%s as %s → %s',
        async (_name, role, want, operation) => {
          const code = await operation.run(clients.get(role)!);
          expect(code !== undefined && ACCESS_CODES.has(code) ? code : 'ALLOWED').toBe(want);
        },
      );
    });
  }

  it('covers every root query and mutation of the schema', async () => {
    const admin = await server.admin();
    const schema = await admin.data<{ __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
    );
    const names = [...schema.__schema.queryType.fields, ...schema.__schema.mutationType.fields].map((f) => f.name).filter((n) => n !== 'login');
    expect([...names].sort()).toEqual(OPERATIONS.map((o) => o.name).sort());
  });

  it('lets anyone sign in, whatever the platform state', async () => {
    await server.sql('UPDATE platform SET expires_at = NULL');
    expect(await server.client().login('viewer@matrix.example', 'long enough password')).toMatch(/^lms_/);
  });
});
