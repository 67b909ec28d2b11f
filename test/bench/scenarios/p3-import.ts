import { devVendorKey } from '../../support/licenses.js';
import { loadJose } from '../lib/jose.js';
import { startBenchServer } from '../lib/server.js';
import { interleave, median, round, timed } from '../lib/stats.js';
import type { Scenario } from '../lib/types.js';

/**
 * P3: importing an N-certificate package, from sending the upload to its response, against verifying
 * the same N signatures with bare jose in this process (key imported once, every compactVerify at once
 * under Promise.all). Between repetitions the imported rows are deleted, so each upload imports all N.
 */
export const p3: Scenario = {
  id: 'P3',
  title: 'import of a certificate package (upload → response) vs bare jose verify of the same JWS',
  async run({ options, databases, log }) {
    const certificates = options.quick ? 1_000 : 10_000;
    const rounds = options.quick ? 2 : 3;
    const db = await databases.create('p3');
    const server = await startBenchServer({ name: 'p3', databaseUrl: db.url, cpuProfDir: options.cpuProfDir });
    try {
      log(`P3: signing ${certificates} certificates`);
      const pkg = await server.issue(Array.from({ length: certificates }, () => ({ type: 'AGENT' as const, days: 365 })));
      const jws = (JSON.parse(pkg.content) as { certificates: string[] }).certificates;
      const jose = await loadJose();
      const privateJwk = await devVendorKey(server.dataDir);
      const publicKey = await jose.importJWK({ kty: 'OKP', crv: 'Ed25519', x: privateJwk.x }, 'EdDSA');
      await server.admin();

      const reset = async (): Promise<void> => {
        await server.sql('DELETE FROM certificate WHERE upload_id IS NOT NULL');
        await server.sql('DELETE FROM license_upload');
        // Each upload meets the tables as a first upload would, not 10 000 dead rows per repetition.
        await server.sql('VACUUM ANALYZE certificate, license_upload');
      };
      const upload = async (): Promise<number> => {
        await reset();
        const { ms, value } = await timed(() => server.upload(pkg.content));
        if (value.errors || value.imported !== certificates)
          throw new Error(`upload: ${value.imported} imported, errors ${JSON.stringify(value.errors).slice(0, 500)}`);
        return ms;
      };
      const verify = async (): Promise<number> => {
        const { ms } = await timed(() => Promise.all(jws.map((j) => jose.compactVerify(j, publicKey, { algorithms: ['EdDSA'] }))));
        return ms;
      };
      log(`P3: warm-up, then ${rounds} uploads and ${rounds} bare verifications`);
      await upload();
      await verify();
      const runs = await interleave(rounds, upload, verify);
      const measured = median(runs.measured);
      const baseline = median(runs.baseline);
      log(`P3: ${round(measured, 0)} vs ${round(baseline, 0)} ms`);
      return [
        {
          id: 'P3',
          title: `import of ${certificates} certificates (upload → response) vs bare jose verify`,
          measured,
          baseline,
          unit: 'ms',
          goal: { kind: 'ratio-at-most', value: 1.75 },
          details: {
            certificates,
            packageBytes: Buffer.byteLength(pkg.content),
            measuredRunsMs: runs.measured.map((v) => round(v, 1)),
            baselineRunsMs: runs.baseline.map((v) => round(v, 1)),
          },
        },
      ];
    } finally {
      await server.stop();
      await db.drop();
    }
  },
};
