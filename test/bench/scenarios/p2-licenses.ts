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
 * against two baselines answering the same query from 50 static rows, each a process of its own:
 * - `P2`: the product itself with its `licenses` resolver replaced (baselines/product-static-licenses.ts),
 *   so the pair prices what reading licenses costs: the page and count from PostgreSQL, statuses, cursors;
 * - `P2-bare`: Apollo Server alone on the committed SDL (baselines/bare-apollo-licenses.ts): no session,
 *   no request pipeline, no plugins, no database, no rules — what the whole product costs per request.
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
    // The upload runs in a setup process; the timed servers start fresh after it, as the baselines do
    // (the same harness bias as P1's: a process that did the setup carries its heap and history).
    const setup = await startBenchServer({ name: 'p2-setup', databaseUrl: db.url });
    const servers: BenchServer[] = [];
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
      const start = async (name: string, entry?: string): Promise<BenchServer> => {
        const server = await startBenchServer({ name, entry, databaseUrl: db.url, dataDir: setup.dataDir, cpuProfDir: options.cpuProfDir });
        servers.push(server);
        return server;
      };
      const target = (server: BenchServer, auth: boolean): LoadTarget => ({
        url: `${server.url}/graphql`,
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${admin.token}` } : {}) },
        body: JSON.stringify({ query: LICENSES_QUERY }),
      });
      const real = target(await start('p2'), true);
      const productStatic = target(await start('p2-product-static', BASELINE_ENTRY.productStaticLicenses), true);
      const bareStatic = target(await start('p2-bare-apollo', BASELINE_ENTRY.bareApolloLicenses), false);
      for (const [t, total] of [
        [real, certificates],
        [productStatic, 50],
        [bareStatic, 50],
      ] as const) {
        const response = (await (await fetch(t.url, { method: 'POST', headers: t.headers, body: t.body })).json()) as LicensesBody;
        if (response.errors || response.data?.licenses.totalCount !== total || response.data.licenses.edges.length !== 50) {
          throw new Error(`${t.url} answered ${JSON.stringify(response).slice(0, 500)}`);
        }
      }
      const settings = { rounds, seconds, connections, warmupSeconds: options.quick ? 1 : 4 };
      log(`P2: warm-up, then ${rounds} × ${seconds} s each against the product with static rows, ${connections} connections`);
      const p2Runs = await compareThroughput({ measured: 'P2 /graphql', baseline: 'P2 product, static rows' }, real, productStatic, settings);
      log(`P2: ${round(p2Runs.measured, 0)} vs ${round(p2Runs.baseline, 0)} req/s`);
      log(`P2-bare: warm-up, then ${rounds} × ${seconds} s each against bare Apollo Server with static rows`);
      const bareRuns = await compareThroughput({ measured: 'P2 /graphql', baseline: 'P2-bare static rows' }, real, bareStatic, settings);
      log(`P2-bare: ${round(bareRuns.measured, 0)} vs ${round(bareRuns.baseline, 0)} req/s`);
      const details = (runs: typeof p2Runs) => ({ certificates, seconds, connections, measuredRuns: runs.measuredRuns, baselineRuns: runs.baselineRuns });
      return [
        {
          id: 'P2',
          title: `licenses(first: 50) queries/s over ${certificates} certificates vs the product answering 50 static rows`,
          measured: p2Runs.measured,
          baseline: p2Runs.baseline,
          unit: 'req/s',
          goal: { kind: 'ratio-at-least', value: 0.6 },
          details: details(p2Runs),
        },
        {
          id: 'P2-bare',
          title: `licenses(first: 50) queries/s over ${certificates} certificates vs bare Apollo Server answering 50 static rows`,
          measured: bareRuns.measured,
          baseline: bareRuns.baseline,
          unit: 'req/s',
          goal: { kind: 'ratio-at-least', value: 0.5 },
          details: details(bareRuns),
        },
      ];
    } finally {
      for (const server of servers.reverse()) await server.stop();
      await setup.stop();
      await db.drop();
    }
  },
};
