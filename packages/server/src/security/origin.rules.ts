/**
 * Whether a WebSocket upgrade's `Origin` may open a socket: same origin as the `Host` it was sent to,
 * or one of the configured extra origins. No `Origin` at all is allowed: browsers always send one on
 * a WebSocket upgrade, so its absence means a non-browser client, which cross-site hijacking (the
 * attack this check stops) cannot use.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (allowed.includes(parsed.origin)) return true;
  return host !== undefined && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host === host.toLowerCase();
}
