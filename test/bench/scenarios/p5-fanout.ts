import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIND, createAgent } from '../../support/agents.js';
import { startServers, type BenchServer } from '../lib/server.js';
import { median, percentile, round } from '../lib/stats.js';
import { SubscriberPool } from '../lib/subscribers.js';
import type { Scenario } from '../lib/types.js';

interface Trigger {
  readonly agentId: string;
  readonly licenseId: string;
}

/** Where a round's subscribers connect; every trigger is sent to replica A. */
type Placement = 'A' | 'B' | 'split';
const PLACEMENTS: readonly Placement[] = ['A', 'B', 'split'];

/**
 * P5: p99 delay from sending a trigger (bindAgentLicense on replica A, which emits exactly one RENEWED
 * event, carried to every replica over PostgreSQL LISTEN/NOTIFY) to each subscriber's receipt of it,
 * with N subscribers placed three ways on two replicas (two processes, one database):
 * - `P5`, the cost of crossing replicas: all N on replica B, against all N on A (where the event is caused);
 * - `P5-split`: all N on A, against N/2 on A and N/2 on B (one replica's fan-out against two halves).
 * After one unmeasured warm-up pass, each round runs the three placements, in reverse order every other
 * round (so drift hits all alike);
 * each connects its subscribers afresh, confirms them with unmeasured events, then fires `triggers`
 * events one after another, each once all got the previous one. A placement's figure is the median
 * of its rounds' p99s.
 */
export const p5: Scenario = {
  id: 'P5',
  title: 'p99 delivery of one event caused on replica A to N graphql-ws subscribers on replica B vs on A',
  async run({ options, databases, log }) {
    const subscribers = options.quick ? 200 : 1_000;
    const rounds = options.quick ? 3 : 5;
    const triggers = options.quick ? 4 : 8;
    // At most this many unmeasured events per round confirm that every subscription is live.
    const confirmations = 4;
    const perRound = triggers + confirmations;
    const db = await databases.create('p5');
    const dataDir = await mkdtemp(join(tmpdir(), 'license-bench-p5-'));
    const servers: BenchServer[] = [];
    try {
      // Two replicas on one database and one DATA_DIR (so one development key), started together as
      // replicas.test.ts does: migrations take turns under their advisory lock, the key file is written once.
      const [a, b] = await startServers(
        ['p5-a', 'p5-b'].map((name) => ({ name, databaseUrl: db.url, dataDir, cpuProfDir: options.cpuProfDir })),
        servers,
      );
      if (!a || !b) throw new Error('replicas did not start');

      const admin = await a.admin();
      // One unmeasured pass of every placement first warms both replicas up (JIT, pools, sockets).
      const needed = PLACEMENTS.length * (rounds + 1) * perRound;
      log(`P5: licensing the platform, ${needed} agents and their certificates`);
      const pkg = await a.issue([{ type: 'PLATFORM', days: 365 }, ...Array.from({ length: needed }, () => ({ type: 'AGENT' as const, days: 30 }))]);
      const upload = await a.upload(pkg.content);
      if (upload.errors) throw new Error(`upload refused: ${JSON.stringify(upload.errors)}`);
      const pending: Trigger[] = [];
      for (let i = 0; i < needed; i += 1) {
        const agent = await createAgent(admin, `Fan-out agent ${i + 1}`);
        pending.push({ agentId: agent.id, licenseId: pkg.ids[i + 1]! });
      }

      const next = (): Trigger => {
        const trigger = pending.shift();
        if (!trigger) throw new Error('out of triggers');
        return trigger;
      };
      const bind = (trigger: Trigger) => admin.data(BIND, { l: trigger.licenseId, a: trigger.agentId });

      // graphql-ws does not acknowledge a subscription, and the server registers it only after its
      // context (a session lookup) is made: under load the last ones may still be on their way. Send
      // unmeasured events until every subscriber has received one.
      const confirm = async (pool: SubscriberPool): Promise<number> => {
        const sent: string[] = [];
        for (let i = 0; i < confirmations; i += 1) {
          const trigger = next();
          await bind(trigger);
          sent.push(trigger.agentId);
          if (await pool.waitForAll(sent, 10_000)) return i + 1;
        }
        throw new Error(`after ${confirmations} events, ${pool.size - pool.receivedAny(sent)} of ${pool.size} subscribers had received none`);
      };

      const fire = async (pool: SubscriberPool): Promise<number[]> => {
        const trigger = next();
        const sentAt = performance.now();
        await bind(trigger);
        if (!(await pool.waitForAll([trigger.agentId], 30_000))) {
          throw new Error(`the event about agent ${trigger.agentId} did not reach every subscriber within 30 s: missing ${pool.missing(trigger.agentId)}`);
        }
        // Late duplicates would show here.
        await new Promise((r) => setTimeout(r, 100));
        return pool.latencies(trigger.agentId, sentAt);
      };

      const runRound = async (placement: Placement, warmUp = false): Promise<number[]> => {
        const pool = new SubscriberPool();
        try {
          if (placement === 'split') {
            await pool.connect(a.url, admin.token!, subscribers / 2);
            await pool.connect(b.url, admin.token!, subscribers - subscribers / 2);
          } else {
            await pool.connect((placement === 'A' ? a : b).url, admin.token!, subscribers);
          }
          const unmeasured = await confirm(pool);
          if (unmeasured > 1) log(`P5: ${unmeasured} unmeasured events were needed before every subscription was live`);
          const samples: number[] = [];
          for (let i = 0; i < triggers; i += 1) {
            samples.push(...(await fire(pool)));
            await new Promise((r) => setTimeout(r, 200));
          }
          log(
            `P5: ${warmUp ? 'warm-up, ' : ''}subscribers on ${placement}: p99 ${round(percentile(samples, 99), 1)} ms, p50 ${round(percentile(samples, 50), 1)} ms`,
          );
          return samples;
        } finally {
          await pool.close();
          await new Promise((r) => setTimeout(r, 500));
        }
      };

      const samples: Record<Placement, number[][]> = { A: [], B: [], split: [] };
      log(`P5: ${rounds} rounds of ${PLACEMENTS.join(', ')}, each ${subscribers} subscribers × ${triggers} events`);
      for (const placement of PLACEMENTS) await runRound(placement, true);
      for (let r = 0; r < rounds; r += 1) {
        for (const placement of r % 2 === 0 ? PLACEMENTS : [...PLACEMENTS].reverse()) samples[placement].push(await runRound(placement));
      }
      // The median of the rounds' p99s, as the throughput pairs take the median of their rounds: a p99
      // pooled over all rounds is set by whichever single round the machine stalled in.
      const p99 = (placement: Placement) => median(samples[placement].map((s) => percentile(s, 99)));
      const summary = (rounds: number[][]) => ({
        p50Ms: round(percentile(rounds.flat(), 50), 1),
        p99MedianOfRoundsMs: round(median(rounds.map((s) => percentile(s, 99))), 1),
        p99PooledMs: round(percentile(rounds.flat(), 99), 1),
        maxMs: round(Math.max(...rounds.flat()), 1),
        p99PerRoundMs: rounds.map((s) => round(percentile(s, 99), 1)),
      });
      const details = {
        subscribers,
        rounds,
        eventsPerRound: triggers,
        trigger: 'bindAgentLicense on replica A (one RENEWED event)',
        onA: summary(samples.A),
        onB: summary(samples.B),
        split: summary(samples.split),
      };
      return [
        {
          id: 'P5',
          title: `p99 delivery of one event caused on replica A to ${subscribers} subscribers on replica B vs on A`,
          measured: p99('B'),
          baseline: p99('A'),
          unit: 'ms (p99)',
          goal: { kind: 'ratio-at-most', value: 1.3, measuredBelow: 1000 },
          details,
        },
        {
          id: 'P5-split',
          title: `p99 delivery of one event to ${subscribers} subscribers on one replica vs ${subscribers / 2} + ${subscribers / 2} on two`,
          measured: p99('A'),
          baseline: p99('split'),
          unit: 'ms (p99)',
          goal: { kind: 'ratio-at-most', value: 1.5, measuredBelow: 1000 },
          details,
        },
      ];
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
      await db.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
