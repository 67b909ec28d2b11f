import type { MikroORM } from '@mikro-orm/postgresql';
import type { TrustedKeys } from '@licensing/lcs';
import type { Logger } from 'pino';
import type { ControllableClock } from './clock/clock.js';
import type { Config } from './config/config.js';
import { PgBus } from './events/pg-bus.js';
import { AgentDirectory } from './modules/agent/agent-directory.js';
import { AgentService } from './modules/agent/agent.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { ExpiryEvents } from './modules/expiry/expiry-events.js';
import { ViewerCache } from './modules/auth/viewer-cache.js';
import { ChannelService } from './modules/channel/channel.service.js';
import { LicenseTimeService } from './modules/clock/index.js';
import { LicenseService } from './modules/license/license.service.js';
import type { TrustedKeySource } from './modules/license/vendor-keys.js';
import { MetricCounters } from './modules/metrics/index.js';
import { PlatformService } from './modules/platform/platform.service.js';
import { NotificationService } from './modules/reminder/notification.service.js';
import { ReminderService } from './modules/reminder/reminder.service.js';
import { Dispatcher } from './modules/outbox/dispatcher.js';
import { MailSender } from './modules/outbox/mail-sender.js';
import { OutboxService } from './modules/outbox/outbox.service.js';
import { WebhookSender } from './modules/outbox/webhook-sender.js';
import { Sweeper } from './sweep/sweeper.js';

/** How often counts kept in memory (channel messages) reach the database, and so every replica's /metrics. */
const COUNTER_FLUSH_MS = 5_000;

/** The server's services, made once per server instance and handed to resolvers and routes. */
export interface Services {
  readonly config: Config;
  readonly clock: ControllableClock;
  readonly bus: PgBus;
  readonly vendorKeys: { readonly keys: TrustedKeys; readonly source: TrustedKeySource };
  readonly licenseTime: LicenseTimeService;
  readonly auth: AuthService;
  readonly platform: PlatformService;
  readonly audit: AuditService;
  readonly directory: AgentDirectory;
  readonly events: ExpiryEvents;
  readonly licenses: LicenseService;
  readonly agents: AgentService;
  readonly channel: ChannelService;
  readonly reminders: ReminderService;
  readonly notifications: NotificationService;
  readonly sweeper: Sweeper;
  readonly outbox: OutboxService;
  readonly dispatcher: Dispatcher;
  /** Business counters shared by every replica (SPEC 13), written to the database. */
  readonly counters: MetricCounters;
  close(): Promise<void>;
}

export interface ServiceDeps {
  readonly config: Config;
  readonly clock: ControllableClock;
  readonly orm: MikroORM;
  readonly databaseUrl: string;
  readonly trustedKeys: TrustedKeys;
  readonly trustedKeySource: TrustedKeySource;
  readonly logger: Logger;
}

/** Wires the services and starts what listens: the bus, the agent directory, the periodic sweep. */
export async function createServices({ config, clock, orm, databaseUrl, trustedKeys, trustedKeySource, logger }: ServiceDeps): Promise<Services> {
  let directory: AgentDirectory | null = null;
  let reloadableClock: LicenseTimeService | null = null;
  const bus = new PgBus(databaseUrl, logger, () => {
    directory?.reloadAll().catch((error: unknown) => logger.error({ err: error }, 'could not reload agents after a reconnect'));
    reloadableClock?.load(orm.em.fork()).catch((error: unknown) => logger.error({ err: error }, 'could not reload the license clock after a reconnect'));
  });
  await bus.start();
  directory = new AgentDirectory(() => orm.em.fork(), bus, logger);
  await directory.start();

  const counters = new MetricCounters(() => orm.em.fork(), logger);
  counters.start(COUNTER_FLUSH_MS);
  const viewers = new ViewerCache();
  bus.on('access-changed', ({ userId }) => viewers.forgetUser(userId));
  const auth = new AuthService(viewers, (userId) => bus.publish('access-changed', { userId }));
  const audit = new AuditService(clock);
  // SPEC 14: the stored mark first, so nothing is judged before it (a restart while the clock is behind).
  const licenseTime = new LicenseTimeService(clock, bus, config.clockRollbackToleranceSeconds, audit, () => orm.em.fork(), logger);
  await licenseTime.load(orm.em.fork());
  reloadableClock = licenseTime;
  const platform = new PlatformService(clock);
  const events = new ExpiryEvents(bus, clock);
  // SPEC 10: deliveries are queued in their events' transactions and sent by this replica's dispatcher.
  const mail = config.smtpUrl === null ? null : new MailSender(config.smtpUrl, config.mailFrom, new URL(config.publicUrl).hostname);
  const webhooks = new WebhookSender(config.production, config.webhookAllowPrivate);
  const dispatcher = new Dispatcher(
    orm,
    webhooks,
    mail,
    audit,
    counters,
    {
      retrySeconds: config.webhookRetrySeconds,
      leaseSeconds: config.deliveryLeaseSeconds,
      concurrency: config.deliveryConcurrency,
      publicUrl: config.publicUrl,
    },
    logger,
  );
  const outbox = new OutboxService(audit, mail !== null, () => dispatcher.wake());
  const limits = { maxBytes: config.maxPackageBytes, maxCertificates: config.maxPackageCertificates };
  const licenses = new LicenseService(clock, () => trustedKeys, limits, audit, directory, events, bus, outbox, licenseTime, counters);
  const agents = new AgentService(clock, audit, directory);
  // SPEC 3.4: an agent created inside an unlimited window is granted a license in its creating transaction.
  agents.onCreated((tx, agentId, now) => licenses.grantOpenWindows(tx, now, [agentId]));
  const channel = new ChannelService(clock, directory, audit, counters);
  const reminders = new ReminderService(clock, config.reminderThresholdsDays, audit, events, outbox);
  const notifications = new NotificationService(clock);
  // Grants first: an agent licensed by a window that just opened must not be reminded about its old expiry.
  licenseTime.onIncident((tx, incident) => reminders.notifyClockRolledBack(tx, incident));
  // The mark first, so grants and reminders are judged at the advanced license time.
  const sweeper = new Sweeper(
    orm,
    [(o) => licenseTime.sweep(o.em.fork()), (o) => licenses.sweepGrants(o.em.fork()), (o) => reminders.sweep(o.em.fork())],
    logger,
  );
  sweeper.start(config.sweepSeconds);
  dispatcher.start(config.deliveryPollSeconds);

  return {
    config,
    clock,
    bus,
    vendorKeys: { keys: trustedKeys, source: trustedKeySource },
    licenseTime,
    auth,
    platform,
    audit,
    directory,
    events,
    licenses,
    agents,
    channel,
    reminders,
    notifications,
    sweeper,
    outbox,
    dispatcher,
    counters,
    close: async () => {
      await sweeper.stop();
      await dispatcher.stop();
      await counters.stop();
      await bus.close();
    },
  };
}
