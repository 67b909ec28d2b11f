import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLTestClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { expectedVectors, vectorFile, vectorTrustedKeys, VECTOR_PLATFORM_ID, type ExpectedVectors } from '../support/vectors.js';

const PREVIEW = `mutation($file: Upload!) { previewLicensePackage(file: $file) {
  valid problems { index certificateId code message }
  certificates { id type mode validityDays permanent licensee alreadyImported startsAt endsAt }
  platformBefore { status expiresAt permanent } platformAfter { status expiresAt permanent }
} }`;
const UPLOAD = 'mutation($file: Upload!) { uploadLicensePackage(file: $file) { imported { id startsAt endsAt } skipped { id } } }';
const PLATFORM = '{ platform { status expiresAt permanent } }';

interface Window {
  id: string;
  startsAt: string | null;
  endsAt: string | null;
}
interface Preview {
  valid: boolean;
  problems: { index: number | null; certificateId: string | null; code: string; message: string }[];
  certificates: (Window & { alreadyImported: boolean; type: string })[];
  platformBefore: { status: string; expiresAt: string | null; permanent: boolean };
  platformAfter: { status: string; expiresAt: string | null; permanent: boolean };
}
interface Upload {
  imported: Window[];
  skipped: { id: string }[];
}

/** Row counts of every table an upload or a refusal may write. */
async function footprint(server: TestServer): Promise<Record<string, string>> {
  const [row] = await server.sql<Record<string, string>>(`SELECT
    (SELECT count(*) FROM certificate) AS certificates, (SELECT count(*) FROM activation) AS activations,
    (SELECT count(*) FROM license_upload) AS uploads, (SELECT count(*) FROM audit_event) AS audit,
    (SELECT count(*) FROM unlimited_grant) AS grants, (SELECT coalesce(expires_at::text, '') || permanent FROM platform) AS platform`);
  return row!;
}

describe('previewLicensePackage: every LCS test vector previews exactly what its upload then does (SPEC 12)', async () => {
  const expected: ExpectedVectors = await expectedVectors();

  for (const file of Object.keys(expected.files)) {
    describe(file, () => {
      let server: TestServer;
      let admin: GraphQLTestClient;
      beforeAll(async () => {
        server = await startTestServer({ PLATFORM_INSTANCE_ID: VECTOR_PLATFORM_ID, LICENSE_TRUSTED_KEYS: await vectorTrustedKeys() });
        await server.setClock(new Date('2026-07-01T00:00:00Z'));
        admin = await server.admin();
      });
      afterAll(() => server?.stop());

      it('previews without writing, then the upload does exactly that; a second preview says "already imported"', async () => {
        const content = new Uint8Array(await vectorFile(file));
        const before = await footprint(server);
        const preview = await admin.upload<{ previewLicensePackage: Preview }>(PREVIEW, { name: file, content });
        expect(preview.errors).toBeUndefined();
        const p = preview.data!.previewLicensePackage;
        expect(await footprint(server)).toEqual(before);
        expect(p.platformBefore).toEqual((await admin.data<{ platform: Preview['platformBefore'] }>(PLATFORM)).platform);

        const upload = await admin.upload<{ uploadLicensePackage: Upload }>(UPLOAD, { name: file, content });
        if (!p.valid) {
          expect(p.certificates).toEqual([]);
          expect(p.platformAfter).toEqual(p.platformBefore);
          expect(upload.errors?.[0]?.extensions?.code).toBe('LICENSE_PACKAGE_INVALID');
          expect(p.problems).toEqual(upload.errors?.[0]?.extensions?.problems);
          for (const problem of p.problems) expect(problem.message.length).toBeGreaterThan(0);
          return;
        }
        expect(p.problems).toEqual([]);
        const result = upload.data!.uploadLicensePackage;
        expect(p.certificates.filter((c) => !c.alreadyImported).map(({ id, startsAt, endsAt }) => ({ id, startsAt, endsAt }))).toEqual(result.imported);
        expect(p.certificates.filter((c) => c.alreadyImported).map((c) => ({ id: c.id }))).toEqual(result.skipped);
        for (const c of p.certificates.filter((c) => c.type === 'AGENT')) expect([c.startsAt, c.endsAt]).toEqual([null, null]);
        expect(p.platformAfter).toEqual((await admin.data<{ platform: Preview['platformAfter'] }>(PLATFORM)).platform);

        const again = (await admin.upload<{ previewLicensePackage: Preview }>(PREVIEW, { name: file, content })).data!.previewLicensePackage;
        expect(again.certificates.map((c) => [c.id, c.alreadyImported, c.startsAt])).toEqual(p.certificates.map((c) => [c.id, true, null]));
        expect(again.platformAfter).toEqual(again.platformBefore);
        const second = (await admin.upload<{ uploadLicensePackage: Upload }>(UPLOAD, { name: file, content })).data!.uploadLicensePackage;
        expect(second.imported).toEqual([]);
        expect(second.skipped.map((c) => c.id)).toEqual(p.certificates.map((c) => c.id));
      });
    });
  }
});

describe('previewLicensePackage: limits, roles and the platform gate like the upload', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ LICENSE_MAX_PACKAGE_BYTES: '1024' });
  });
  afterAll(() => server?.stop());

  it('answers a file over the size limit with a TOO_LARGE problem as data, writing nothing', async () => {
    const admin = await server.admin();
    const before = await footprint(server);
    const result = await admin.upload<{ previewLicensePackage: Preview }>(PREVIEW, { name: 'big.lcs', content: 'x'.repeat(4096) });
    expect(result.errors).toBeUndefined();
    expect(result.data!.previewLicensePackage).toMatchObject({ valid: false, certificates: [], problems: [{ index: null, code: 'TOO_LARGE' }] });
    expect(await footprint(server)).toEqual(before);
  });

  it('is refused to viewers and operators and works for license managers while the platform is unlicensed', async () => {
    const admin = await server.admin();
    // Users can only be created on a licensed platform; the preview is tried on an unlicensed one.
    await server.sql("UPDATE platform SET expires_at = now() + interval '1 day'");
    for (const role of ['VIEWER', 'OPERATOR', 'LICENSE_MANAGER'] as const) {
      await admin.data('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: { email: `${role.toLowerCase()}@preview.example`, password: 'long enough password', role },
      });
    }
    await server.sql('UPDATE platform SET expires_at = NULL');
    for (const role of ['VIEWER', 'OPERATOR', 'LICENSE_MANAGER'] as const) {
      const email = `${role.toLowerCase()}@preview.example`;
      const client = server.client(await server.client().login(email, 'long enough password'));
      const result = await client.upload<{ previewLicensePackage: Preview }>(PREVIEW, { name: 'x.lcs', content: 'not json' });
      if (role === 'LICENSE_MANAGER') expect(result.data?.previewLicensePackage).toMatchObject({ valid: false, problems: [{ code: 'MALFORMED' }] });
      else expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await server.client().upload(PREVIEW, { name: 'x.lcs', content: 'not json' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
