import { createHmac } from 'node:crypto';
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** SPEC 10: the longest webhook URL and endpoint description accepted. */
export const URL_MAX_LENGTH = 2000;
export const DESCRIPTION_MAX_LENGTH = 500;
/** A 2xx within this many milliseconds is delivered. */
export const SEND_TIMEOUT_MS = 10_000;
/** How much of an error or a refusal is kept on the delivery. */
export const ERROR_MAX_LENGTH = 500;

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** What one attempt came to: a status code when the receiver answered, an error when it did not (or refused). */
export interface AttemptResult {
  readonly statusCode: number | null;
  readonly error: string | null;
}

/** The delivery after an attempt. */
export interface Outcome {
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date | null;
  readonly deliveredAt: Date | null;
  readonly lastStatusCode: number | null;
  readonly lastError: string | null;
}

/** A 2xx answer is a delivery (SPEC 10); mails pass with statusCode 250, the SMTP "accepted". */
export function isDelivered(result: AttemptResult): boolean {
  return result.error === null && result.statusCode !== null && ((result.statusCode >= 200 && result.statusCode < 300) || result.statusCode === 250);
}

/**
 * SPEC 10 retry schedule. `attempts` counts the attempt just made (1 for the first). After failed
 * attempt n the next comes `retrySeconds[n - 1]` seconds later (wall clock); once every wait is used,
 * the delivery is FAILED: `retrySeconds.length + 1` attempts in all.
 */
export function outcomeOf(result: AttemptResult, attempts: number, retrySeconds: readonly number[], now: Date): Outcome {
  const last = { attempts, lastStatusCode: result.statusCode, lastError: result.error === null ? null : result.error.slice(0, ERROR_MAX_LENGTH) };
  if (isDelivered(result)) return { ...last, status: 'DELIVERED', nextAttemptAt: null, deliveredAt: now };
  const wait = retrySeconds[attempts - 1];
  if (wait === undefined) return { ...last, status: 'FAILED', nextAttemptAt: null, deliveredAt: null };
  return { ...last, status: 'PENDING', nextAttemptAt: new Date(now.getTime() + wait * 1000), deliveredAt: null };
}

/** SPEC 13 `notification_deliveries_total`'s outcome label for an attempt that left the delivery `status`. */
export function deliveryOutcomeLabel(status: DeliveryStatus): 'delivered' | 'retried' | 'failed' {
  return status === 'DELIVERED' ? 'delivered' : status === 'FAILED' ? 'failed' : 'retried';
}

/** Why a webhook URL is refused before it is stored, or null: http(s) only, bounded length, no credentials. */
export function webhookUrlProblem(value: string): string | null {
  if (value.length > URL_MAX_LENGTH) return `The URL must be at most ${URL_MAX_LENGTH} characters long.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'The URL is not a valid absolute URL.';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'The URL must start with http:// or https://.';
  if (url.username !== '' || url.password !== '') return 'The URL must not carry a user name or password.';
  return null;
}

export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'multicast' | 'reserved';

const V4: readonly [string, number, AddressClass][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'private'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const V6: readonly [string, number, AddressClass][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['fc00::', 7, 'private'],
  ['fe80::', 10, 'link-local'],
  ['ff00::', 8, 'multicast'],
];
const lists = new Map<AddressClass, BlockList>();
for (const [address, prefix, kind] of [...V4.map((r) => [...r, 'ipv4'] as const), ...V6.map((r) => [...r, 'ipv6'] as const)]) {
  const list = lists.get(kind) ?? new BlockList();
  list.addSubnet(address, prefix, address.includes(':') ? 'ipv6' : 'ipv4');
  lists.set(kind, list);
}

/** SPEC 10 SSRF rule: what kind of address an IP literal is. IPv4-mapped IPv6 (::ffff:a.b.c.d) is judged as IPv4. */
export function classifyAddress(address: string): AddressClass {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIPv4(ip) ? 'ipv4' : isIPv6(ip) ? 'ipv6' : null;
  if (family === null) return 'reserved';
  for (const [kind, list] of lists) if (list.check(ip, family)) return kind;
  return 'public';
}

/** Whether a webhook may be sent to `address`: in production only public addresses, unless private ones are allowed. */
export function addressAllowed(address: string, production: boolean, allowPrivate: boolean): boolean {
  return !production || allowPrivate || classifyAddress(address) === 'public';
}

/**
 * Standard Webhooks signature: `v1,` + base64 HMAC-SHA256 of "<id>.<timestamp>.<body>", keyed with the
 * base64-decoded part of the secret after `whsec_`.
 */
export function webhookSignature(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64')}`;
}

/** The headers of a signed webhook request; the timestamp is the wall clock's, in Unix seconds. */
export function webhookHeaders(secret: string, id: string, wallNow: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(wallNow.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': webhookSignature(secret, id, timestamp, body),
  };
}

export const WEBHOOK_EVENT_TYPES = [
  'LICENSE_REMINDER',
  'LICENSE_EXPIRED',
  'LICENSE_RENEWED',
  'LICENSE_PACKAGE_UPLOADED',
  'LICENSE_BOUND',
  'WEBHOOK_TEST',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The `type` a receiver reads in the body (SPEC 10). */
export const WIRE_TYPE: Readonly<Record<WebhookEventType, string>> = {
  LICENSE_REMINDER: 'license.reminder',
  LICENSE_EXPIRED: 'license.expired',
  LICENSE_RENEWED: 'license.renewed',
  LICENSE_PACKAGE_UPLOADED: 'license_package.uploaded',
  LICENSE_BOUND: 'license.bound',
  WEBHOOK_TEST: 'webhook.test',
};

/** The JSON body of a webhook request: `{ type, timestamp, data }`, `timestamp` being the event's instant. */
export function webhookBody(type: WebhookEventType, timestamp: Date, data: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ type: WIRE_TYPE[type], timestamp: timestamp.toISOString(), data });
}
