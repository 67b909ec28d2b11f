import { compareThroughput, type LoadTarget } from '../lib/load.js';
import { BASELINE_ENTRY, licensedAgents, startBenchServer, type BenchServer } from '../lib/server.js';
import { round } from '../lib/stats.js';
import type { Scenario } from '../lib/types.js';

/**
 * P1: channel messages per second to a licensed agent on the server, against the same route and
 * service with the license check taken out (baselines/unlicensed-channel.ts: a second process on the
 * same database and DATA_DIR, the same agent, the same row written per message).
 */
export const p1: Scenario = {
  id: 'P1',
  title: 'channel messages/s to a licensed agent vs the same route without the license check',
  async run({ options, databases, log }) {
    const seconds = options.quick ? 2 : 6;
    const rounds = options.quick ? 2 : 7;
    const connections = 10;
    const db = await databases.create('p1');
    // The setup (sign-in, upload, agent, binding) runs in a process of its own; both timed processes start
    // fresh after it, so neither carries that history (an A/A run of the setup process against a fresh
    // copy of the product gave 0.955: the harness's own bias before this).
    const setup = await startBenchServer({ name: 'p1-setup', databaseUrl: db.url });
    let server: BenchServer | null = null;
    let unlicensed: BenchServer | null = null;
    try {
      const [agent] = await licensedAgents(setup, 1);
      server = await startBenchServer({ name: 'p1', databaseUrl: db.url, dataDir: setup.dataDir, cpuProfDir: options.cpuProfDir });
      unlicensed = await startBenchServer({
        name: 'p1-unlicensed',
        entry: BASELINE_ENTRY.unlicensedChannel,
        databaseUrl: db.url,
        dataDir: setup.dataDir,
        cpuProfDir: options.cpuProfDir,
      });
      const target = (base: BenchServer): LoadTarget => ({
        url: `${base.url}/channels/${agent!.id}/messages`,
        headers: { 'content-type': 'application/json', 'x-channel-token': agent!.channelToken },
        body: JSON.stringify({ text: 'hello' }),
      });
      const real = target(server);
      const bypass = target(unlicensed);
      for (const t of [real, bypass]) {
        const response = await fetch(t.url, { method: 'POST', headers: t.headers, body: t.body });
        if (response.status !== 200) throw new Error(`${t.url} answered ${response.status}: ${await response.text()}`);
      }
      log(`P1: warm-up, then ${rounds} × ${seconds} s each, ${connections} connections`);
      const { measured, baseline, measuredRuns, baselineRuns } = await compareThroughput({ measured: 'P1 licensed', baseline: 'P1 unlicensed' }, real, bypass, {
        rounds,
        seconds,
        connections,
        warmupSeconds: options.quick ? 1 : 8,
      });
      log(`P1: ${round(measured, 0)} vs ${round(baseline, 0)} req/s`);
      return [
        {
          id: 'P1',
          title: p1.title,
          measured,
          baseline,
          unit: 'req/s',
          goal: { kind: 'ratio-at-least', value: 0.95 },
          details: {
            seconds,
            connections,
            measuredRuns,
            baselineRuns,
          },
        },
      ];
    } finally {
      await unlicensed?.stop();
      await server?.stop();
      await setup.stop();
      await db.drop();
    }
  },
};
