/**
 * `pnpm bench [-- --quick] [-- --only=P1,P3] [-- --cpu-prof]`: runs each benchmark pair side by side,
 * prints a table and writes test/bench/results/latest.json. See README.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { openDatabaseHost } from './lib/databases.js';
import { failedRow, machine, table, toRow, type ReportRow } from './lib/report.js';
import { round } from './lib/stats.js';
import type { BenchOptions, Scenario } from './lib/types.js';
import { p1 } from './scenarios/p1-channel.js';
import { p2 } from './scenarios/p2-licenses.js';
import { p3 } from './scenarios/p3-import.js';
import { p4 } from './scenarios/p4-sweep.js';
import { p5 } from './scenarios/p5-fanout.js';
import { p6 } from './scenarios/p6-start.js';
import { p7 } from './scenarios/p7-webhooks.js';
import { p8 } from './scenarios/p8-metrics.js';

// P6 first, while the machine is otherwise idle; then the load pairs.
const SCENARIOS: readonly Scenario[] = [p6, p1, p2, p3, p4, p5, p7, p8];
const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

/** 1, 5 and 15 minute load averages: other work on the machine skews every pair (see README). */
function loadAverage(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
}

function parseOptions(argv: readonly string[]): BenchOptions {
  const args = argv.filter((a) => a !== '--');
  const unknown = args.filter((a) => !/^--(quick|cpu-prof(=.+)?|only=.+)$/.test(a));
  if (unknown.length > 0) {
    process.stderr.write(`unknown argument(s): ${unknown.join(' ')}\nusage: pnpm bench [-- --quick] [--only=P1,P2] [--cpu-prof[=dir]]\n`);
    process.exit(2);
  }
  const only =
    args
      .find((a) => a.startsWith('--only='))
      ?.slice('--only='.length)
      .split(',')
      .map((s) => s.trim().toUpperCase()) ?? [];
  const prof = args.find((a) => a.startsWith('--cpu-prof'));
  return {
    quick: args.includes('--quick'),
    only,
    cpuProfDir:
      prof === undefined ? null : prof.includes('=') ? prof.slice(prof.indexOf('=') + 1) : fileURLToPath(new URL('./results/profiles/', import.meta.url)),
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const began = performance.now();
  const loadAtStart = loadAverage();
  const log = (message: string): void => {
    process.stderr.write(`[bench ${((performance.now() - began) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
  };
  const scenarios = SCENARIOS.filter((s) => options.only.length === 0 || options.only.includes(s.id));
  log(`${options.quick ? 'quick' : 'full'} run of ${scenarios.map((s) => s.id).join(', ')} on ${machine()}`);

  // The servers run the compiled product, as `pnpm start` does: build whatever is missing or stale.
  log('building what is missing or stale (scripts/build.mjs --if-stale)');
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url)), '--if-stale'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) throw new Error(`the build failed (exit ${build.status})`);

  const databases = await openDatabaseHost(log);
  const rows: ReportRow[] = [];
  try {
    for (const scenario of scenarios) {
      const started = performance.now();
      const load = loadAverage();
      log(`${scenario.id}: ${scenario.title} (load average ${load})`);
      try {
        const results = await scenario.run({ options, databases, log });
        rows.push(...results.map((r) => toRow({ ...r, details: { ...r.details, loadAverageAtStart: load } })));
      } catch (error) {
        log(`${scenario.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        rows.push(failedRow(scenario.id, scenario.title, error));
      }
      log(`${scenario.id} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await databases.stop().catch((error: unknown) => log(`stopping the database failed: ${String(error)}`));
  }

  const seconds = round((performance.now() - began) / 1000, 1);
  const report = {
    machine: machine(),
    run: {
      mode: options.quick ? 'quick' : 'full',
      at: new Date().toISOString(),
      seconds,
      database: databases.kind === 'embedded' ? 'embedded PostgreSQL' : 'DATABASE_URL',
      loadAverage: { start: loadAtStart, end: loadAverage() },
    },
    results: rows.map((r) => ({
      id: r.id,
      measured: r.measured,
      ...(r.baseline !== undefined && { baseline: r.baseline }),
      unit: r.unit,
      ...(r.ratio !== undefined && { ratio: r.ratio }),
      goal: r.goal,
      met: r.met,
      title: r.title,
      ...(r.error !== undefined && { error: r.error }),
      ...(r.details !== undefined && { details: r.details }),
    })),
  };
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = `${RESULTS_DIR}latest.json`;
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);

  process.stdout.write(
    `\n${report.machine} — ${report.run.mode} run, ${seconds} s, ${report.run.database}, load average ${loadAtStart} → ${report.run.loadAverage.end}\n\n${table(rows)}\n\nwritten to ${file}\n`,
  );
  // Exit non-zero only when a scenario could not run; a missed goal is a finding, not a crash.
  process.exitCode = rows.some((r) => r.error !== undefined) ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
