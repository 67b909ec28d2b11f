import { compareThroughput, type LoadTarget } from '../lib/load.js';
import { BASELINE_ENTRY, startBenchServer, type BenchServer } from '../lib/server.js';
import { round } from '../lib/stats.js';
import type { Scenario } from '../lib/types.js';

const LICENSE_FIELDS = 'id type mode validityDays permanent licensee orderId issuer issuedAt uploadedAt status autoGranted startsAt endsAt agent { id name }';
export const LICENSES_QUERY = `{ licenses(first: 50) { totalCount edges { node { ${LICENSE_FIELDS} } } } }`;

interface LicensesBody {
  data?: { licenses: { totalCount: number; edges: unknown[] } };
  errors?: unknown;
}

/**
 * P2: `licenses(first: 50)` per second on /graphql with a bearer token over N stored certificates,
 * against baselines/static-licenses.ts (a process of its own) answering the same query from 50 static
 * rows of the committed SDL (no auth, no database, no rules).
 */
export const p2: Scenario = {
  id: 'P2',
  title: 'licenses(first: 50) queries/s over stored certificates vs 50 static rows',
  async run({ options, databases, log }) {
    const certificates = options.quick ? 1_000 : 10_000;
    const seconds = options.quick ? 2 : 6;
    const rounds = options.quick ? 2 : 5;
    const connections = 10;
    const db = await databases.create('p2');
    // The upload runs in a setup process; the timed server starts fresh after it, as the baseline does
    // (the same harness bias as P1's: a process that did the setup carries its heap and history).
    const setup = await startBenchServer({ name: 'p2-setup', databaseUrl: db.url });
    let server: BenchServer | null = null;
    let baselineServer: BenchServer | null = null;
    try {
      log(`P2: signing and uploading ${certificates} certificates`);
      const pkg = await setup.issue([
        { type: 'PLATFORM', days: 365 },
        ...Array.from({ length: certificates - 1 }, () => ({ type: 'AGENT' as const, days: 365 })),
      ]);
      const upload = await setup.upload(pkg.content);
      if (upload.errors || upload.imported !== certificates) throw new Error(`upload: ${upload.imported} imported, errors ${JSON.stringify(upload.errors)}`);
      await setup.sql('VACUUM ANALYZE');
      const admin = await setup.admin();
      server = await startBenchServer({ name: 'p2', databaseUrl: db.url, dataDir: setup.dataDir, cpuProfDir: options.cpuProfDir });
      baselineServer = await startBenchServer({ name: 'p2-static', entry: BASELINE_ENTRY.staticLicenses, databaseUrl: db.url, cpuProfDir: options.cpuProfDir });
      const body = JSON.stringify({ query: LICENSES_QUERY });
      const real: LoadTarget = { url: `${server.url}/graphql`, headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` }, body };
      const staticRows: LoadTarget = { url: `${baselineServer.url}/graphql`, headers: { 'content-type': 'application/json' }, body };
      for (const [t, total] of [
        [real, certificates],
        [staticRows, 50],
      ] as const) {
        const response = (await (await fetch(t.url, { method: 'POST', headers: t.headers, body: t.body })).json()) as LicensesBody;
        if (response.errors || response.data?.licenses.totalCount !== total || response.data.licenses.edges.length !== 50) {
          throw new Error(`${t.url} answered ${JSON.stringify(response).slice(0, 500)}`);
        }
      }
      log(`P2: warm-up, then ${rounds} × ${seconds} s each, ${connections} connections`);
      const { measured, baseline, measuredRuns, baselineRuns } = await compareThroughput(
        { measured: 'P2 /graphql', baseline: 'P2 static rows' },
        real,
        staticRows,
        { rounds, seconds, connections, warmupSeconds: options.quick ? 1 : 4 },
      );
      log(`P2: ${round(measured, 0)} vs ${round(baseline, 0)} req/s`);
      return [
        {
          id: 'P2',
          title: `${p2.title.replace('stored', `${certificates}`)}`,
          measured,
          baseline,
          unit: 'req/s',
          goal: { kind: 'ratio-at-least', value: 0.6 },
          details: {
            certificates,
            seconds,
            connections,
            measuredRuns,
            baselineRuns,
          },
        },
      ];
    } finally {
      await baselineServer?.stop();
      await server?.stop();
      await setup.stop();
      await db.drop();
    }
  },
};
