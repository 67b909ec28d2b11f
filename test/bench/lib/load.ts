import autocannon from 'autocannon';

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
