export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Runs `measured` and `baseline` alternately, ABBA…, so that drift (caches, autovacuum, table growth) hits both alike. */
export async function interleave<T>(
  rounds: number,
  measured: (round: number) => Promise<T>,
  baseline: (round: number) => Promise<T>,
): Promise<{ measured: T[]; baseline: T[] }> {
  const out = { measured: [] as T[], baseline: [] as T[] };
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      out.measured.push(await measured(round));
      out.baseline.push(await baseline(round));
    } else {
      out.baseline.push(await baseline(round));
      out.measured.push(await measured(round));
    }
  }
  return out;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}
