import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { CERTIFICATE_TYPES } from '@licensing/lcs';
import { Router, type RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from '../clock/clock.js';
import { agentRepository, type AgentDirectory } from '../modules/agent/index.js';
import { licenseRepository } from '../modules/license/license.repository.js';
import type { MetricCounters } from '../modules/metrics/index.js';
import { platformRepository } from '../modules/platform/index.js';
import { reminderRepository } from '../modules/reminder/reminder.repository.js';
import { sameSecret } from '../security/same-secret.js';

/**
 * Counters kept in the database (`metric_counter`) and exported as they are there. Adding one is one
 * line here plus `counters.add(name, labels)` (or `addIn(tx, …)`) where the event happens.
 */
export const DATABASE_COUNTERS: readonly { name: string; help: string; labelNames: readonly string[] }[] = [
  { name: 'license_package_uploads_total', help: 'License packages uploaded, by outcome (imported, skipped, invalid).', labelNames: ['outcome'] },
  { name: 'channel_messages_total', help: 'Agent channel messages, by outcome (replied, refused).', labelNames: ['outcome'] },
  {
    name: 'notification_deliveries_total',
    help: 'Reminder deliveries, by channel (email, webhook) and outcome (delivered, retried, failed).',
    labelNames: ['channel', 'outcome'],
  },
];

const PLATFORM_EXPIRY = 'license_platform_expiry_timestamp_seconds';
const CERTIFICATE_STATUSES = ['UNUSED', 'ACTIVATED', 'EXPIRED'] as const;
/** Seconds since the epoch; +Inf for a permanent license (SPEC 13). */
const expirySeconds = (license: { expiresAt: Date | null; permanent: boolean }): number =>
  license.permanent ? Number.POSITIVE_INFINITY : license.expiresAt!.getTime() / 1000;

/**
 * SPEC 13 `/metrics`. License gauges and business counters are read from the database at each scrape
 * (a handful of aggregate queries), so every replica answers the same; request and operation durations
 * and the process metrics are this process's own, as Prometheus expects per target. The one large part,
 * the agent series, is read and formatted again only when the agent directory has reloaded an agent
 * (after a commit here, or a change heard on the bus from another replica, or a bus reconnect).
 */
export class ProductMetrics {
  readonly registry = new Registry();
  private readonly platformExpiry: Gauge;
  /**
   * The agent series, formatted by hand (10 000 of them through prom-client cost ~10 × more CPU per scrape)
   * at the directory version they were read at; a scrape reads the agent rows only when it has moved (P8).
   */
  private agentSeries: { readonly version: number; readonly text: string } | null = null;
  private readonly certificates: Gauge<'type' | 'status'>;
  private readonly remindersSent: Counter<'threshold'>;
  private readonly counters: ReadonlyMap<string, Counter>;
  private readonly httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  private readonly graphqlDuration: Histogram<'operation_type' | 'outcome'>;
  private scraping: Promise<string> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly metricCounters: MetricCounters,
    private readonly directory: Pick<AgentDirectory, 'version'>,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.platformExpiry = new Gauge({ name: PLATFORM_EXPIRY, help: 'When the platform license expires (+Inf: permanent; absent: unlicensed).', registers: [] });
    this.certificates = new Gauge({ name: 'license_certificates', help: 'Certificates by type and status, now.', labelNames: ['type', 'status'], registers });
    this.remindersSent = new Counter({
      name: 'license_reminders_sent_total',
      help: 'Expiry reminders sent, by threshold in days (0: the expiry itself).',
      labelNames: ['threshold'],
      registers,
    });
    this.counters = new Map(DATABASE_COUNTERS.map((c) => [c.name, new Counter({ name: c.name, help: c.help, labelNames: [...c.labelNames], registers })]));
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests answered by this replica, by method, route and status code.',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.graphqlDuration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operations run by this replica, by operation type and outcome (ok, error).',
      labelNames: ['operation_type', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
  }

  /** The exposition text; concurrent scrapes share one round of queries. */
  scrape(): Promise<string> {
    this.scraping ??= this.refresh()
      .then(async (agentSeries) => `${await this.registry.metrics()}${agentSeries}`)
      .finally(() => (this.scraping = null));
    return this.scraping;
  }

  /** Sets the registry's license gauges and counters; resolves to the agent series' text. */
  private async refresh(): Promise<string> {
    const em = this.orm.em.fork();
    const now = this.clock.now();
    const [platform, agentSeries, certificates, reminders, counters] = await Promise.all([
      platformRepository.read(em.fork()),
      this.readAgentSeries(em.fork()),
      licenseRepository.countByTypeAndStatus(em.fork(), now),
      reminderRepository.sentByThreshold(em.fork()),
      this.metricCounters.read(),
    ]);

    // Absent while unlicensed: registered only when there is an expiry to report.
    this.registry.removeSingleMetric(PLATFORM_EXPIRY);
    if (platform.permanent || platform.expiresAt !== null) {
      this.platformExpiry.set(expirySeconds(platform));
      this.registry.registerMetric(this.platformExpiry);
    }
    this.certificates.reset();
    for (const type of CERTIFICATE_TYPES) for (const status of CERTIFICATE_STATUSES) this.certificates.set({ type, status }, 0);
    for (const row of certificates) this.certificates.set({ type: row.type, status: row.status }, row.total);
    this.remindersSent.reset();
    for (const row of reminders) this.remindersSent.inc({ threshold: String(row.threshold) }, row.total);
    for (const counter of this.counters.values()) counter.reset();
    for (const row of counters) this.counters.get(row.name)?.inc({ ...row.labels }, row.value);
    return agentSeries;
  }

  /** The version is taken before the read: a reload during it leaves the text marked older, so read again next time. */
  private async readAgentSeries(em: EntityManager): Promise<string> {
    const version = this.directory.version;
    if (this.agentSeries?.version === version) return this.agentSeries.text;
    const text = formatAgentSeries(await agentRepository.licensed(em));
    this.agentSeries = { version, text };
    return text;
  }

  /** Times every HTTP request under a bounded route label (never the raw path: ids would explode the series). */
  httpTimer(): RequestHandler {
    return (req, res, next) => {
      const end = this.httpDuration.startTimer();
      res.once('finish', () => end({ method: req.method, route: routeOf(req.path), status_code: String(res.statusCode) }));
      next();
    };
  }

  /** Times each GraphQL operation from parsing to the response. */
  graphqlTimer<T extends object>(): ApolloServerPlugin<T> {
    const histogram = this.graphqlDuration;
    return {
      async requestDidStart() {
        const end = histogram.startTimer();
        return {
          async willSendResponse({ operation, errors }) {
            end({ operation_type: operation?.operation ?? 'unknown', outcome: errors && errors.length > 0 ? 'error' : 'ok' });
          },
        };
      },
    };
  }

  /** `GET /metrics`, behind `Authorization: Bearer <METRICS_TOKEN>` when a token is configured. */
  routes(token: string | null): Router {
    const router = Router();
    router.get('/metrics', async (req, res) => {
      if (token !== null && !sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
        res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'METRICS_TOKEN required' });
        return;
      }
      try {
        const text = await this.scrape();
        res.set('Content-Type', this.registry.contentType).set('Cache-Control', 'no-store').send(text);
      } catch {
        res.status(503).type('text/plain').send('metrics unavailable: the database did not answer\n');
      }
    });
    return router;
  }
}

const AGENT_EXPIRY = 'license_agent_expiry_timestamp_seconds';

/** `license_agent_expiry_timestamp_seconds{agent_id,agent_name}` in the text format prom-client writes. */
function formatAgentSeries(agents: readonly { id: string; name: string; expiresAt: Date | null; permanent: boolean }[]): string {
  const lines = [`# HELP ${AGENT_EXPIRY} When each live agent's license expires (+Inf: permanent).`, `# TYPE ${AGENT_EXPIRY} gauge`];
  for (const agent of agents) {
    const value = expirySeconds(agent);
    lines.push(
      `${AGENT_EXPIRY}{agent_id="${escapeLabel(agent.id)}",agent_name="${escapeLabel(agent.name)}"} ${value === Number.POSITIVE_INFINITY ? '+Inf' : value}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const escapeLabel = (value: string): string => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function routeOf(path: string): string {
  if (path === '/graphql' || path === '/metrics' || path === '/healthz' || path === '/readyz') return path;
  if (/^\/channels\/[^/]+\/messages$/.test(path)) return '/channels/:agentId/messages';
  if (path.startsWith('/__test__/')) return '/__test__';
  if (path.startsWith('/assets/')) return '/assets';
  return '/*';
}
