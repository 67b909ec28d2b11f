import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePackage, devVendorKey } from '../support/licenses.js';
import { startTestServer, UPLOAD_MUTATION, type TestServer } from '../support/server.js';

const DAY = 86_400_000;
const T0 = new Date('2027-01-10T08:00:00Z');
const at = (days: number, seconds = 0) => new Date(T0.getTime() + days * DAY + seconds * 1000);

const certificatesOf = (content: string): unknown[] => (JSON.parse(content) as { certificates: unknown[] }).certificates;
const PLATFORM = '{ platform { status expiresAt permanent daysLeft unlimitedAgents } }';
const LICENSES = `query($status: LicenseStatus, $type: LicenseType, $first: Int, $after: String) {
  licenses(status: $status, type: $type, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id type mode validityDays permanent status startsAt endsAt autoGranted agent { id name } } }
  }
}`;

interface LicenseNode {
  id: string;
  type: string;
  status: string;
  startsAt: string | null;
  endsAt: string | null;
  validityDays: number | null;
  permanent: boolean;
}
interface LicensesData {
  licenses: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: LicenseNode }[] };
}

describe('uploading packages (SPEC 3.1, 3.3, 5)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.setClock(T0);
  });
  afterAll(() => server?.stop());

  it('starts UNLICENSED and activates platform certificates on upload, in package order', async () => {
    const admin = await server.admin();
    expect((await admin.data<{ platform: { status: string } }>(PLATFORM)).platform.status).toBe('UNLICENSED');
    const result = await server.upload([
      { type: 'PLATFORM', days: 30 },
      { type: 'AGENT', days: 10 },
      { type: 'PLATFORM', days: 5 },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data?.uploadLicensePackage.imported.map((c) => c.id)).toEqual(result.ids);
    expect((await admin.data(PLATFORM)).platform).toEqual({
      status: 'ACTIVE',
      expiresAt: at(35).toISOString(),
      permanent: false,
      daysLeft: 35,
      unlimitedAgents: false,
    });
    const first = await admin.data<{ license: LicenseNode }>('query($id: ID!) { license(id: $id) { id status startsAt endsAt } }', { id: result.ids[0] });
    expect(first.license).toEqual({ id: result.ids[0], status: 'ACTIVATED', startsAt: T0.toISOString(), endsAt: at(30).toISOString() });
    const third = await admin.data<{ license: LicenseNode }>('query($id: ID!) { license(id: $id) { startsAt endsAt } }', { id: result.ids[2] });
    expect(third.license).toEqual({ startsAt: at(30).toISOString(), endsAt: at(35).toISOString() });
    const agent = await admin.data<{ license: LicenseNode }>('query($id: ID!) { license(id: $id) { status startsAt endsAt agent { id } } }', {
      id: result.ids[1],
    });
    expect(agent.license).toEqual({ status: 'UNUSED', startsAt: null, endsAt: null, agent: null });
  });

  it('skips already-imported certificates: the same package twice changes nothing', async () => {
    const key = await devVendorKey(server.dataDir);
    const pkg = await issuePackage(key, await server.instanceId(), [
      { type: 'PLATFORM', days: 7 },
      { type: 'AGENT', days: 7 },
    ]);
    const admin = await server.admin();
    const first = await admin.upload<{ uploadLicensePackage: { imported: { id: string }[]; skipped: { id: string }[] } }>(UPLOAD_MUTATION, {
      name: 'a.lcs',
      content: pkg.content,
    });
    expect(first.data?.uploadLicensePackage.imported.map((c) => c.id)).toEqual(pkg.ids);
    const before = await admin.data(PLATFORM);
    const second = await admin.upload<{ uploadLicensePackage: { imported: { id: string }[]; skipped: { id: string }[] } }>(UPLOAD_MUTATION, {
      name: 'a.lcs',
      content: pkg.content,
    });
    expect(second.data?.uploadLicensePackage).toEqual({ imported: [], skipped: pkg.ids.map((id) => ({ id })) });
    expect(await admin.data(PLATFORM)).toEqual(before);
  });

  it('renews early without losing time: a platform certificate stacks after the current expiry', async () => {
    const admin = await server.admin();
    const before = (await admin.data<{ platform: { expiresAt: string } }>(PLATFORM)).platform.expiresAt;
    await server.upload([{ type: 'PLATFORM', days: 1 }]);
    const after = (await admin.data<{ platform: { expiresAt: string } }>(PLATFORM)).platform.expiresAt;
    expect(new Date(after).getTime() - new Date(before).getTime()).toBe(DAY);
  });

  it('imports nothing when any certificate is bad, and lists every problem', async () => {
    const key = await devVendorKey(server.dataDir);
    const good = await issuePackage(key, await server.instanceId(), [{ type: 'PLATFORM', days: 3 }]);
    const other = await issuePackage(key, '99999999-2222-4333-8444-555555555555', [{ type: 'PLATFORM', days: 3 }]);
    const content = JSON.stringify({
      format: 'lcs',
      version: 1,
      certificates: [...certificatesOf(good.content), ...certificatesOf(other.content), 'not-a-jws'],
    });
    const admin = await server.admin();
    const result = await admin.upload(UPLOAD_MUTATION, { name: 'mixed.lcs', content });
    expect(result.errors?.[0]?.extensions?.code).toBe('LICENSE_PACKAGE_INVALID');
    expect((result.errors?.[0]?.extensions?.problems as { index: number; code: string }[]).map((p) => [p.index, p.code])).toEqual([
      [1, 'WRONG_PLATFORM'],
      [2, 'MALFORMED'],
    ]);
    expect(await admin.data('query($id: ID!) { license(id: $id) { id } }', { id: good.ids[0] })).toEqual({ license: null });
  });

  it('refuses an agent certificate whose activate-by has passed at upload', async () => {
    const result = await server.upload([{ type: 'AGENT', days: 3, activateBy: at(0, -1) }]);
    expect((result.errors?.[0]?.extensions?.problems as { code: string }[])[0]?.code).toBe('ACTIVATION_DEADLINE_PASSED');
  });

  it('lets only license managers and admins upload', async () => {
    const admin = await server.admin();
    for (const role of ['OPERATOR', 'VIEWER'] as const) {
      const email = `${role.toLowerCase()}@upload.example`;
      await admin.data('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', { input: { email, password: 'long enough password', role } });
      const user = server.client(await server.client().login(email, 'long enough password'));
      expect((await server.upload([{ type: 'PLATFORM', days: 1 }], user)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    await admin.data('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { email: 'lm@upload.example', password: 'long enough password', role: 'LICENSE_MANAGER' },
    });
    const manager = server.client(await server.client().login('lm@upload.example', 'long enough password'));
    expect((await server.upload([{ type: 'PLATFORM', days: 1 }], manager)).errors).toBeUndefined();
    expect((await server.upload([{ type: 'PLATFORM', days: 1 }], server.client())).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists certificates newest first with totalCount, cursors and filters by status and type', async () => {
    const admin = await server.admin();
    const all = await admin.data<LicensesData>(LICENSES, { first: 100 });
    const total = all.licenses.totalCount;
    expect(all.licenses.edges).toHaveLength(total);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: LicensesData = await admin.data<LicensesData>(LICENSES, { first: 3, after });
      expect(page.licenses.totalCount).toBe(total);
      seen.push(...page.licenses.edges.map((e) => e.node.id));
      after = page.licenses.pageInfo.hasNextPage ? page.licenses.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.licenses.edges.map((e) => e.node.id));

    const unused = await admin.data<LicensesData>(LICENSES, { status: 'UNUSED', first: 100 });
    expect(unused.licenses.edges.every((e) => e.node.status === 'UNUSED' && e.node.type === 'AGENT')).toBe(true);
    expect(unused.licenses.totalCount).toBe(all.licenses.edges.filter((e) => e.node.status === 'UNUSED').length);
    const platform = await admin.data<LicensesData>(LICENSES, { type: 'PLATFORM', first: 100 });
    expect(platform.licenses.edges.every((e) => e.node.type === 'PLATFORM')).toBe(true);
    expect(await admin.errorCode(LICENSES, { first: 101 })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(LICENSES, { after: 'bogus' })).toBe('BAD_USER_INPUT');
  });
});

describe('package limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ LICENSE_MAX_PACKAGE_BYTES: '2048', LICENSE_MAX_CERTIFICATES: '3' });
  });
  afterAll(() => server?.stop());

  it('answers an oversized file with LICENSE_PACKAGE_INVALID / TOO_LARGE (index null), not an HTTP error', async () => {
    const admin = await server.admin();
    const result = await admin.upload(UPLOAD_MUTATION, { name: 'big.lcs', content: 'x'.repeat(5000) });
    expect(result.status).toBe(200);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'LICENSE_PACKAGE_INVALID', problems: [{ index: null, code: 'TOO_LARGE' }] });
  });

  it('refuses more certificates than the limit before verifying any', async () => {
    const result = await server.upload([1, 2, 3, 4].map(() => ({ type: 'AGENT' as const, days: 1 })));
    // Four certificates do not fit the 2 KiB limit either; whichever limit trips, it is TOO_LARGE.
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'LICENSE_PACKAGE_INVALID', problems: [{ index: null, code: 'TOO_LARGE' }] });
  });
});
