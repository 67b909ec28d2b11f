import { assertClean, load, type LoadResult, type LoadTarget } from '../lib/load.js';
import { licensedAgents, startBenchServer } from '../lib/server.js';
import { interleave, median, round } from '../lib/stats.js';
import type { Scenario } from '../lib/types.js';
import { Worker } from 'node:worker_threads';

const AGENTS = 10_000;
const SCRAPE_EVERY_MS = 1_000;

/**
 * P8: channel messages per second to a licensed agent while `GET /metrics` is scraped every second,
 * against the same load with no scrapes, on one server holding 10 000 licensed agents (so each scrape
 * reads and formats 10 000 `license_agent_expiry_timestamp_seconds` series). Rounds alternate.
 */
export const p8: Scenario = {
  id: 'P8',
  title: 'channel messages/s while /metrics is scraped every second vs not scraped (10 000 agents)',
  async run(context) {
    const { options, databases } = context;
    const log = (message: string): void => context.log(message);
    const seconds = options.quick ? 3 : 8;
    const rounds = options.quick ? 2 : 7;
    const connections = 10;
    const db = await databases.create('p8');
    const server = await startBenchServer({ name: 'p8', databaseUrl: db.url, cpuProfDir: options.cpuProfDir });
    try {
      const [agent] = await licensedAgents(server, 1);
      log(`P8: seeding ${AGENTS - 1} more licensed agents`);
      await server.sql(
        `INSERT INTO agent (id, name, flow, channel_token, expires_at, permanent, created_at)
         SELECT gen_random_uuid(), 'Bench agent ' || i, '{"greeting":"hi","rules":[],"fallback":"?"}'::jsonb, 'bench-' || md5(random()::text || i),
                now() + (30 + i % 300) * interval '1 day', false, now()
           FROM generate_series(2, $1) AS i`,
        [AGENTS],
      );
      await server.sql('VACUUM ANALYZE agent');
      const target: LoadTarget = {
        url: `${server.url}/channels/${agent!.id}/messages`,
        headers: { 'content-type': 'application/json', 'x-channel-token': agent!.channelToken },
        body: JSON.stringify({ text: 'hello' }),
      };
      const first = await fetch(`${server.url}/metrics`);
      const series = (await first.text()).split('\n').filter((l) => l.startsWith('license_agent_expiry_timestamp_seconds{')).length;
      if (series !== AGENTS) throw new Error(`/metrics reported ${series} agent series, expected ${AGENTS}`);

      const scrapeMs: number[] = [];
      const scraped = async (): Promise<LoadResult> => {
        const scraper = startScraper(`${server.url}/metrics`, SCRAPE_EVERY_MS);
        try {
          return await load(target, seconds, connections);
        } finally {
          scrapeMs.push(...(await scraper.stop()));
        }
      };
      const plain = (): Promise<LoadResult> => load(target, seconds, connections);

      await load(target, options.quick ? 1 : 8, connections);
      log(`P8: ${rounds} × ${seconds} s each, ${connections} connections, scrape every ${SCRAPE_EVERY_MS} ms`);
      const runs = await interleave(
        rounds,
        async () => {
          const r = await scraped();
          assertClean('P8 scraped', r);
          return r;
        },
        async () => {
          const r = await plain();
          assertClean('P8 not scraped', r);
          return r;
        },
      );
      const measured = median(runs.measured.map((r) => r.rps));
      const baseline = median(runs.baseline.map((r) => r.rps));
      log(`P8: ${round(measured, 0)} vs ${round(baseline, 0)} req/s; scrape median ${round(median(scrapeMs), 0)} ms`);
      return [
        {
          id: 'P8',
          title: p8.title,
          measured,
          baseline,
          unit: 'req/s',
          goal: { kind: 'ratio-at-least', value: 0.95 },
          details: {
            agents: AGENTS,
            seconds,
            connections,
            scrapes: scrapeMs.length,
            scrapeMedianMs: round(median(scrapeMs), 1),
            scrapeMaxMs: round(Math.max(...scrapeMs), 1),
            measuredRuns: runs.measured.map((r) => round(r.rps, 1)),
            baselineRuns: runs.baseline.map((r) => round(r.rps, 1)),
          },
        },
      ];
    } finally {
      await server.stop();
      await db.drop();
    }
  },
};

// Plain JavaScript for a worker thread: scrape, read the whole answer, wait out the rest of the period.
const SCRAPER = `
const { parentPort, workerData } = require('node:worker_threads');
let stopped = false;
parentPort.once('message', () => (stopped = true));
(async () => {
  const durations = [];
  while (!stopped) {
    const began = performance.now();
    const response = await fetch(workerData.url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error('/metrics answered ' + response.status);
    const ms = performance.now() - began;
    durations.push(ms);
    await new Promise((r) => setTimeout(r, Math.max(0, workerData.everyMs - ms)));
  }
  parentPort.postMessage(durations);
})();
`;

/**
 * Scrapes `url` every `everyMs` from a worker thread, as Prometheus would from a process of its own:
 * receiving ~1 MB a second must not share the load generator's event loop. `stop` resolves to each
 * scrape's duration.
 */
function startScraper(url: string, everyMs: number): { stop(): Promise<number[]> } {
  const worker = new Worker(SCRAPER, { eval: true, workerData: { url, everyMs } });
  const durations = new Promise<number[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    stop: async () => {
      worker.postMessage('stop');
      const result = await durations;
      await worker.terminate();
      return result;
    },
  };
}
