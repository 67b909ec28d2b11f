import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { expectedVectors, vectorFile, vectorTrustedKeys, VECTOR_PLATFORM_ID, type ExpectedVectors } from '../support/vectors.js';

const UPLOAD = 'mutation($file: Upload!) { uploadLicensePackage(file: $file) { imported { id } skipped { id } } }';

describe('every LCS test vector uploaded through GraphQL', async () => {
  const expected: ExpectedVectors = await expectedVectors();

  for (const [file, want] of Object.entries(expected.files)) {
    describe(file, () => {
      let server: TestServer;
      beforeAll(async () => {
        server = await startTestServer({ PLATFORM_INSTANCE_ID: VECTOR_PLATFORM_ID, LICENSE_TRUSTED_KEYS: await vectorTrustedKeys() });
      });
      afterAll(() => server?.stop());

      it(want.ok ? 'imports exactly the listed certificates' : 'is refused with exactly the listed problems, importing nothing', async () => {
        // The vectors were issued in 2026; upload at a fixed instant so that activate-by dates hold.
        await fetch(`${server.url}/__test__/clock`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ now: '2026-07-01T00:00:00Z' }),
        });
        const admin = await server.admin();
        const result = await admin.upload<{ uploadLicensePackage: { imported: { id: string }[]; skipped: { id: string }[] } }>(UPLOAD, {
          name: file,
          content: new Uint8Array(await vectorFile(file)),
        });
        if (want.ok) {
          expect(result.errors).toBeUndefined();
          expect(result.data?.uploadLicensePackage.imported.map((c) => c.id)).toEqual(want.imported);
          expect(result.data?.uploadLicensePackage.skipped).toEqual([]);
          if (want.after) {
            const after = await admin.data<{ platform: { daysLeft: number }; licenses: { totalCount: number } }>(
              '{ platform { daysLeft } licenses(status: UNUSED) { totalCount } }',
            );
            expect(after.platform.daysLeft).toBe(want.after.platformDaysLeft);
            expect(after.licenses.totalCount).toBe(want.after.unused);
          }
        } else {
          const error = result.errors?.[0];
          expect(error?.extensions?.code).toBe('LICENSE_PACKAGE_INVALID');
          const problems = error?.extensions?.problems as { index: number | null; certificateId: string | null; code: string; message: string }[];
          expect(problems.map((p) => ({ index: p.index, code: p.code, ...(p.certificateId !== null && { certificateId: p.certificateId }) }))).toEqual(
            want.problems!.map((p) => ({ index: p.index, code: p.code, ...(p.certificateId !== undefined && { certificateId: p.certificateId }) })),
          );
          for (const problem of problems) expect(problem.message.length).toBeGreaterThan(0);
          const rows = await server.sql<{ count: string }>('SELECT count(*) FROM certificate');
          expect(rows[0]!.count).toBe('0');
        }
      });
    });
  }
});
