import autocannon from 'autocannon';
import { interleave, median, round } from './stats.js';

export interface LoadTarget {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface LoadResult {
  /** 2xx responses per second over the run. */
  readonly rps: number;
  readonly p99LatencyMs: number;
  readonly non2xx: number;
  readonly errors: number;
}

/** POSTs the same request over `connections` keep-alive connections for `seconds` (autocannon, programmatic). */
export async function load(target: LoadTarget, seconds: number, connections: number): Promise<LoadResult> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: target.headers,
    body: target.body,
    connections,
    duration: seconds,
    timeout: 10,
  });
  return {
    rps: result['2xx'] / result.duration,
    p99LatencyMs: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Throws unless every response of the run was 2xx: a baseline that answers errors fast would be no ceiling. */
export function assertClean(label: string, result: LoadResult): void {
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${label}: ${result.non2xx} non-2xx responses and ${result.errors} connection errors under load`);
  }
}

export interface ThroughputComparison {
  /** Median 2xx/s of each side. */
  readonly measured: number;
  readonly baseline: number;
  /** Every round, for the report's details. */
  readonly measuredRuns: { rps: number; p99Ms: number }[];
  readonly baselineRuns: { rps: number; p99Ms: number }[];
}

/**
 * Warms both targets up, then loads them in alternating rounds (so drift on a shared machine hits both
 * alike) and compares the medians. Every response of every round must be 2xx.
 */
export async function compareThroughput(
  labels: { readonly measured: string; readonly baseline: string },
  measured: LoadTarget,
  baseline: LoadTarget,
  settings: { readonly rounds: number; readonly seconds: number; readonly connections: number; readonly warmupSeconds: number },
): Promise<ThroughputComparison> {
  const { rounds, seconds, connections, warmupSeconds } = settings;
  await load(measured, warmupSeconds, connections);
  await load(baseline, warmupSeconds, connections);
  const run = (label: string, target: LoadTarget) => async (): Promise<LoadResult> => {
    const result = await load(target, seconds, connections);
    assertClean(label, result);
    return result;
  };
  const runs = await interleave(rounds, run(labels.measured, measured), run(labels.baseline, baseline));
  const summary = (results: LoadResult[]) => results.map((r) => ({ rps: round(r.rps, 1), p99Ms: r.p99LatencyMs }));
  return {
    measured: median(runs.measured.map((r) => r.rps)),
    baseline: median(runs.baseline.map((r) => r.rps)),
    measuredRuns: summary(runs.measured),
    baselineRuns: summary(runs.baseline),
  };
}
