import { isAbsolute, resolve } from 'node:path';
import { UUID_PATTERN } from '@licensing/lcs';

/** Everything the server reads from its environment, validated once at start. */
export interface Config {
  readonly port: number;
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  /** A JWKS file path or inline JSON; null lets a non-production server make a development key. */
  readonly trustedKeys: string | null;
  readonly platformInstanceId: string | null;
  readonly adminEmail: string | null;
  readonly adminPassword: string | null;
  readonly testHooks: boolean;
  readonly production: boolean;
  readonly logLevel: LogLevel;
  readonly maxPackageBytes: number;
  readonly maxPackageCertificates: number;
  readonly sweepSeconds: number;
  readonly reminderThresholdsDays: readonly number[];
  /** Origins besides the server's own that may open the GraphQL WebSocket (`ALLOWED_ORIGINS`). */
  readonly allowedOrigins: readonly string[];
  /** GraphQL operations per minute per user (per address when anonymous); 0 is off. */
  readonly graphqlRatePerMinute: number;
  /** Channel messages per minute per (agent, address); 0 is off. */
  readonly channelRatePerMinute: number;
  /** SPEC 10: mail is off (nothing queued) when SMTP_URL is unset. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** The app's address, for links in mails. */
  readonly publicUrl: string;
  /** Waits after each failed delivery attempt; one attempt more than entries, then FAILED. */
  readonly webhookRetrySeconds: readonly number[];
  /** Lets production webhooks reach loopback, private and link-local addresses. */
  readonly webhookAllowPrivate: boolean;
  /** How long a claimed delivery stays with its replica before another may take it over. */
  readonly deliveryLeaseSeconds: number;
  /** How often each replica looks for due deliveries (commits on this replica wake it at once). */
  readonly deliveryPollSeconds: number;
  /** Deliveries in flight at once per replica. */
  readonly deliveryConcurrency: number;
  /** SPEC 14: how far the clock may read behind the high-water mark before it counts as set back. */
  readonly clockRollbackToleranceSeconds: number;
  /** Bearer token `/metrics` requires; null: open (keep it off the public network then). */
  readonly metricsToken: string | null;
  /** Express's `trust proxy`: false, true, a number of hops, or addresses/subnets of the proxies. */
  readonly trustProxy: boolean | number | readonly string[];
  /** Most connections each replica holds to PostgreSQL. */
  readonly databasePoolSize: number;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export const DEFAULT_WEBHOOK_RETRY_SECONDS: readonly number[] = [60, 300, 1800, 7200, 21600];
const URL_MAX = 2000;

export const DEFAULT_REMINDER_THRESHOLDS_DAYS: readonly number[] = [45, 30, 15, 7, 6, 5, 4, 3, 2, 1];

/** Thrown when the environment is unusable; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 10;

/** Reads and validates the configuration; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Config {
  const problems: string[] = [];
  const text = (name: string): string | null => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? null : value.trim();
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === null) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };

  const nodeEnv = text('NODE_ENV');
  const production = nodeEnv === 'production';

  const databaseUrl = text('DATABASE_URL');
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }

  const instanceId = text('PLATFORM_INSTANCE_ID');
  if (instanceId !== null && !UUID_PATTERN.test(instanceId)) {
    problems.push(`PLATFORM_INSTANCE_ID must be a UUID, got "${instanceId}"`);
  }

  const adminEmail = text('ADMIN_EMAIL');
  if (adminEmail !== null && !EMAIL.test(adminEmail)) {
    problems.push(`ADMIN_EMAIL must be an email address, got "${adminEmail}"`);
  }
  const adminPassword = env.ADMIN_PASSWORD === undefined || env.ADMIN_PASSWORD === '' ? null : env.ADMIN_PASSWORD;
  if (adminPassword !== null && adminPassword.length < MIN_PASSWORD_LENGTH) {
    problems.push(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  }

  /** A 0/1 switch that only development and tests may turn on. */
  const devOnlySwitch = (name: string, why: string): boolean => {
    const raw = text(name);
    if (raw !== null && raw !== '0' && raw !== '1') problems.push(`${name} must be 1 or 0, got "${raw}"`);
    if (raw === '1' && production) problems.push(`${name}=1 is refused when NODE_ENV=production: ${why}`);
    return raw === '1';
  };
  const testHooks = devOnlySwitch('LICENSE_TEST_HOOKS', 'the hooks move the license clock');

  const trustedKeys = text('LICENSE_TRUSTED_KEYS');
  if (trustedKeys === null && production) {
    problems.push('LICENSE_TRUSTED_KEYS is required when NODE_ENV=production (a JWKS file path or inline JSON of the vendor public keys)');
  }

  const logLevel = (text('LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }

  const thresholdsRaw = text('REMINDER_THRESHOLDS_DAYS');
  let reminderThresholdsDays = DEFAULT_REMINDER_THRESHOLDS_DAYS;
  if (thresholdsRaw !== null) {
    const parts = thresholdsRaw.split(',').map((p) => p.trim());
    const values = parts.map(Number);
    const valid = parts.every((p) => /^\d+$/.test(p)) && values.every((v) => v >= 1 && v <= 36500);
    if (!valid || new Set(values).size !== values.length) {
      problems.push(`REMINDER_THRESHOLDS_DAYS must be distinct whole numbers of days from 1 to 36500, separated by commas, got "${thresholdsRaw}"`);
    } else {
      reminderThresholdsDays = [...values].sort((a, b) => b - a);
    }
  }

  const allowedOrigins: string[] = [];
  for (const raw of (text('ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '')) {
    let origin: string | null = null;
    try {
      const url = new URL(raw);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === raw.replace(/\/$/, '')) origin = url.origin;
    } catch {
      // reported below
    }
    if (origin === null)
      problems.push(`ALLOWED_ORIGINS must be origins like https://admin.example.com (scheme, host, optional port), separated by commas, got "${raw}"`);
    else allowedOrigins.push(origin);
  }
  const smtpUrl = text('SMTP_URL');
  if (smtpUrl !== null && !/^smtps?:\/\/[^\s/]+/.test(smtpUrl)) {
    problems.push('SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587');
  }
  const mailFrom = text('MAIL_FROM') ?? 'License platform <licenses@localhost>';
  if (!/^[^<>]*<[^\s@<>]+@[^\s@<>]+>$|^[^\s@<>]+@[^\s@<>]+$/.test(mailFrom)) {
    problems.push(`MAIL_FROM must be an address, e.g. "Licenses <licenses@example.com>", got "${mailFrom}"`);
  }
  const port = integer('PORT', 4000, 0, 65535);
  const publicUrl = (text('PUBLIC_URL') ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!isHttpUrl(publicUrl) || publicUrl.length > URL_MAX) problems.push(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);

  const retryRaw = text('WEBHOOK_RETRY_SECONDS');
  let webhookRetrySeconds = DEFAULT_WEBHOOK_RETRY_SECONDS;
  if (retryRaw !== null) {
    const parts = retryRaw.split(',').map((p) => p.trim());
    if (parts.length > 20 || !parts.every((p) => /^\d+$/.test(p) && Number(p) >= 1 && Number(p) <= 604_800)) {
      problems.push(`WEBHOOK_RETRY_SECONDS must be up to 20 waits in seconds from 1 to 604800, separated by commas, got "${retryRaw}"`);
    } else {
      webhookRetrySeconds = parts.map(Number);
    }
  }
  const allowRaw = text('WEBHOOK_ALLOW_PRIVATE');
  if (allowRaw !== null && allowRaw !== '0' && allowRaw !== '1') problems.push(`WEBHOOK_ALLOW_PRIVATE must be 1 or 0, got "${allowRaw}"`);
  const metricsToken = text('METRICS_TOKEN');
  if (metricsToken !== null && metricsToken.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters long');

  const trustProxyRaw = text('TRUST_PROXY');
  let trustProxy: Config['trustProxy'] = false;
  if (trustProxyRaw === null || trustProxyRaw === 'false' || trustProxyRaw === '0') trustProxy = false;
  else if (trustProxyRaw === 'true') trustProxy = true;
  else if (/^\d+$/.test(trustProxyRaw)) trustProxy = Number(trustProxyRaw);
  else {
    const entries = trustProxyRaw.split(',').map((p) => p.trim());
    if (entries.every((e) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(e))) trustProxy = entries;
    else problems.push(`TRUST_PROXY must be true, false, a number of proxies, or proxy addresses/subnets separated by commas, got "${trustProxyRaw}"`);
  }

  const dataDirRaw = text('DATA_DIR') ?? './.data';
  const config: Config = {
    port,
    databaseUrl,
    dataDir: isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw),
    trustedKeys,
    platformInstanceId: instanceId?.toLowerCase() ?? null,
    adminEmail: adminEmail?.toLowerCase() ?? null,
    adminPassword,
    testHooks,
    production,
    logLevel,
    maxPackageBytes: integer('LICENSE_MAX_PACKAGE_BYTES', 16 * 1024 * 1024, 1024, 256 * 1024 * 1024),
    maxPackageCertificates: integer('LICENSE_MAX_CERTIFICATES', 10_000, 1, 100_000),
    sweepSeconds: integer('REMINDER_SWEEP_SECONDS', 60, 1, 86_400),
    reminderThresholdsDays,
    allowedOrigins,
    graphqlRatePerMinute: integer('GRAPHQL_RATE_LIMIT_PER_MINUTE', 1200, 0, 1_000_000),
    channelRatePerMinute: integer('CHANNEL_RATE_LIMIT_PER_MINUTE', 1200, 0, 1_000_000),
    smtpUrl,
    mailFrom,
    publicUrl,
    webhookRetrySeconds,
    webhookAllowPrivate: allowRaw === '1',
    deliveryLeaseSeconds: integer('DELIVERY_LEASE_SECONDS', 30, 2, 3600),
    deliveryPollSeconds: integer('DELIVERY_POLL_SECONDS', 5, 1, 3600),
    deliveryConcurrency: integer('DELIVERY_CONCURRENCY', 16, 1, 256),
    clockRollbackToleranceSeconds: integer('CLOCK_ROLLBACK_TOLERANCE_SECONDS', 3600, 0, 31_536_000),
    metricsToken,
    trustProxy,
    databasePoolSize: integer('DATABASE_POOL_SIZE', 10, 1, 1000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
