import { startServers, type BenchServer } from '../lib/server.js';
import { interleave, median, round, timed } from '../lib/stats.js';
import type { Scenario } from '../lib/types.js';

/** The frozen instant every P4 sweep runs at. */
const NOW = new Date('2030-01-01T00:00:00Z');
const DUE = 100;

/**
 * Inserts `total` live agents: the first `DUE` expire 3 days after NOW (inside the 3-day reminder
 * window), the rest 1 to 5 years after it, outside the 45-day look-ahead.
 */
async function seedAgents(server: BenchServer, total: number): Promise<void> {
  await server.sql(
    `INSERT INTO agent (id, name, flow, channel_token, expires_at, permanent, created_at)
     SELECT gen_random_uuid(), 'Bench agent ' || i, '{"greeting":"hi","rules":[],"fallback":"?"}'::jsonb, 'bench-' || md5(random()::text || i),
            CASE WHEN i <= $2 THEN $1::timestamptz + interval '3 days' - i * interval '1 minute'
                 ELSE $1::timestamptz + interval '365 days' + (i % 1461) * interval '1 day' + (i % 86400) * interval '1 second' END,
            false, $1::timestamptz - interval '400 days'
       FROM generate_series(1, $3) AS i`,
    [NOW.toISOString(), DUE, total],
  );
  await server.sql('VACUUM ANALYZE agent');
}

/** Forgets what the sweep recorded, so that the same DUE agents are due again at NOW. */
async function forgetReminders(server: BenchServer): Promise<void> {
  await server.sql('DELETE FROM notification');
  await server.sql('DELETE FROM reminder');
}

async function sweep(server: BenchServer): Promise<number> {
  await forgetReminders(server);
  const { ms } = await timed(() => server.hook('sweep', {}));
  const [row] = await server.sql<{ n: number }>("SELECT count(*)::int AS n FROM reminder WHERE resource_type = 'AGENT' AND threshold = 3");
  if (row?.n !== DUE) throw new Error(`${server.name}: the sweep sent ${row?.n} reminders, expected ${DUE}`);
  return ms;
}

/**
 * P4: one reminder sweep (POST /__test__/sweep: grant + reminder + expiry steps) over 100 000 agents of
 * which 100 are due, against the same over 1 000 agents with the same 100 due. Two servers, one
 * database each, swept alternately; reminders and notifications are deleted before each sweep.
 */
export const p4: Scenario = {
  id: 'P4',
  title: 'reminder sweep, many agents with 100 due vs few agents with 100 due',
  async run({ options, databases, log }) {
    const big = options.quick ? 10_000 : 100_000;
    const small = 1_000;
    const rounds = options.quick ? 4 : 7;
    const dbBig = await databases.create('p4_big');
    const dbSmall = await databases.create('p4_small');
    const servers: BenchServer[] = [];
    try {
      const [serverBig, serverSmall] = await startServers(
        [
          { name: 'p4-big', databaseUrl: dbBig.url, cpuProfDir: options.cpuProfDir },
          { name: 'p4-small', databaseUrl: dbSmall.url, cpuProfDir: options.cpuProfDir },
        ],
        servers,
      );
      if (!serverBig || !serverSmall) throw new Error('servers did not start');
      log(`P4: seeding ${big} and ${small} agents`);
      await seedAgents(serverBig, big);
      await seedAgents(serverSmall, small);
      for (const server of servers) await server.hook('clock', { now: NOW.toISOString() });
      // Warm-up: plans, JIT, connection pool.
      await sweep(serverBig);
      await sweep(serverSmall);
      log(`P4: ${rounds} sweeps each`);
      const runs = await interleave(
        rounds,
        () => sweep(serverBig),
        () => sweep(serverSmall),
      );
      const measured = median(runs.measured);
      const baseline = median(runs.baseline);
      log(`P4: ${round(measured, 1)} vs ${round(baseline, 1)} ms`);
      return [
        {
          id: 'P4',
          title: `reminder sweep over ${big} agents vs ${small}, 100 due in each`,
          measured,
          baseline,
          unit: 'ms',
          goal: { kind: 'ratio-at-most', value: 3 },
          details: {
            agents: big,
            baselineAgents: small,
            due: DUE,
            measuredRunsMs: runs.measured.map((v) => round(v, 1)),
            baselineRunsMs: runs.baseline.map((v) => round(v, 1)),
          },
        },
      ];
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      await dbBig.drop();
      await dbSmall.drop();
    }
  },
};
