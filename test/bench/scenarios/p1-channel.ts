import { compareThroughput, type LoadTarget } from '../lib/load.js';
import { licensedAgents, startBenchServer } from '../lib/server.js';
import { round } from '../lib/stats.js';
import type { Scenario } from '../lib/types.js';

/**
 * P1: channel messages per second to a licensed agent, against the same route with the license check
 * switched off (/__bench__/channels/…, same server, same agent, same row written per message).
 */
export const p1: Scenario = {
  id: 'P1',
  title: 'channel messages/s to a licensed agent vs the same route without the license check',
  async run({ options, databases, log }) {
    const seconds = options.quick ? 2 : 6;
    const rounds = options.quick ? 2 : 5;
    const connections = 10;
    const db = await databases.create('p1');
    const server = await startBenchServer({ name: 'p1', databaseUrl: db.url, cpuProfDir: options.cpuProfDir });
    try {
      const [agent] = await licensedAgents(server, 1);
      const target = (prefix: string): LoadTarget => ({
        url: `${server.url}${prefix}/channels/${agent!.id}/messages`,
        headers: { 'content-type': 'application/json', 'x-channel-token': agent!.channelToken },
        body: JSON.stringify({ text: 'hello' }),
      });
      const real = target('');
      const bypass = target('/__bench__');
      for (const t of [real, bypass]) {
        const response = await fetch(t.url, { method: 'POST', headers: t.headers, body: t.body });
        if (response.status !== 200) throw new Error(`${t.url} answered ${response.status}: ${await response.text()}`);
      }
      log(`P1: warm-up, then ${rounds} × ${seconds} s each, ${connections} connections`);
      const { measured, baseline, measuredRuns, baselineRuns } = await compareThroughput(
        { measured: 'P1 licensed', baseline: 'P1 bypass' },
        real,
        bypass,
        { rounds, seconds, connections, warmupSeconds: options.quick ? 1 : 4 },
      );
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
      await server.stop();
      await db.drop();
    }
  },
};
