/** GET /metrics of a server (with a bearer METRICS_TOKEN when one is given); fails unless it answers 200. */
export async function scrape(baseUrl: string, token: string | null = null): Promise<string> {
  const response = await fetch(`${baseUrl}/metrics`, { headers: token === null ? {} : { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  return response.text();
}

/** The value of one series (name and labels exactly as exported), or null when it is absent. */
export function sampleValue(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1).replace('+Inf', 'Infinity'));
}
