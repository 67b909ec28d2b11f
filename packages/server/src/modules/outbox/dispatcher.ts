import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { inTransaction } from '../../db/transaction.js';
import type { AuditService } from '../audit/index.js';
import type { Locale } from '../auth/index.js';
import type { MetricCounters } from '../metrics/index.js';
import type { MailSender } from './mail-sender.js';
import { renderReminderMail } from './mail.render.js';
import type { MailPayload } from './outbox.service.js';
import { outboxRepository as repo, type ClaimedDelivery, type RecordedOutcome } from './outbox.repository.js';
import { deliveryOutcomeLabel, outcomeOf, SEND_TIMEOUT_MS, type AttemptResult } from './outbox.rules.js';
import type { WebhookSender } from './webhook-sender.js';

export interface DispatcherOptions {
  readonly retrySeconds: readonly number[];
  readonly leaseSeconds: number;
  readonly concurrency: number;
  readonly publicUrl: string;
}

/**
 * A claim takes up to this many times `concurrency` rows; outcomes are written in batches of the same
 * size. With fast receivers 16 senders use up 64 rows in about the time one claim takes (5 – 10 ms),
 * so claims of 8 × and a refill below one claim's worth keep them from waiting for rows (P7).
 */
const BATCH_FACTOR = 8;
/** An outcome waits at most this long before it is written. */
const FLUSH_MS = 20;
/** Slack for the claim and record round trips within a lease. */
const ROUND_TRIP_MS = 1000;

/** A claimed delivery waiting for a free send slot, and the wall-clock time after which it may not start. */
interface Queued {
  readonly delivery: ClaimedDelivery;
  readonly startBy: number;
}

/** An attempt made, waiting to be written. */
interface Attempted {
  readonly delivery: ClaimedDelivery;
  readonly outcome: RecordedOutcome;
}

/**
 * Sends what the outbox holds, on every replica (SPEC 10). A pass is a pipeline: `concurrency` workers
 * take claimed rows from a queue and send them, so that many sends are always in flight; whenever the
 * queue holds less than one claim's worth (so that it does not run dry while a claim is on its way),
 * one claim (`FOR UPDATE SKIP LOCKED`, a lease and a token) adds up to 8 × `concurrency` rows; outcomes
 * are written in bulk, one statement per 8 × `concurrency` of them or every 20 ms (with an audit entry
 * for each that ends FAILED), and only where the token still holds. A row that waited so long in the
 * queue that its send and record might outlast the lease is released unattempted instead, to be claimed
 * again. The pass ends when a claim finds nothing and every outcome is written. A replica killed
 * mid-send leaves rows whose lease runs out; any replica then retries them. Times here are the wall
 * clock's, never the test clock's: retries and leases are about real seconds.
 */
export class Dispatcher {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly webhooks: WebhookSender,
    private readonly mail: MailSender | null,
    private readonly audit: AuditService,
    private readonly counters: MetricCounters,
    private readonly options: DispatcherOptions,
    private readonly logger: Logger,
  ) {}

  start(pollSeconds: number): void {
    this.timer = setInterval(() => this.wake(), pollSeconds * 1000);
    this.timer.unref();
    this.wake();
  }

  /** Starts sending now; if a pass is under way, one more follows it (a commit may have come after its claims). */
  wake(): void {
    void this.drain().catch((error: unknown) => this.logger.error({ err: error }, 'delivery pass failed'));
  }

  /** Sends everything due now (the test hook); resolves when a pass that started after this call has ended. */
  drain(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again && !this.stopped);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    this.webhooks.close();
    this.mail?.close();
  }

  private async pass(): Promise<void> {
    const { concurrency, leaseSeconds, retrySeconds } = this.options;
    const batch = BATCH_FACTOR * concurrency;
    // How long a claimed row may wait for a slot so that its send and its record still end within the
    // lease; a lease too short for even one send (as before) sets no limit.
    const maxWaitMs = leaseSeconds * 1000 - SEND_TIMEOUT_MS - FLUSH_MS - ROUND_TRIP_MS;
    const queue: Queued[] = [];
    const attempted: Attempted[] = [];
    let exhausted = false;
    const failures: Error[] = [];
    let refill: Promise<void> | null = null;
    let flushing: Promise<void> = Promise.resolve();
    let flushTimer: NodeJS.Timeout | undefined;
    const fail = (error: unknown): void => {
      failures.push(error instanceof Error ? error : new Error(String(error)));
      exhausted = true;
    };

    const claimMore = (): Promise<void> => {
      refill ??= (async () => {
        const now = new Date();
        const startBy = maxWaitMs > 0 ? now.getTime() + maxWaitMs : Infinity;
        const rows = await repo.claim(this.orm.em.fork(), now, new Date(now.getTime() + leaseSeconds * 1000), batch, randomUUID());
        if (rows.length === 0) exhausted = true;
        queue.push(...rows.map((delivery) => ({ delivery, startBy })));
      })()
        .catch(fail)
        .finally(() => (refill = null));
      return refill;
    };

    const next = async (): Promise<ClaimedDelivery | null> => {
      while (queue.length === 0 && !exhausted && !this.stopped) await claimMore();
      const now = Date.now();
      const fresh = queue.findIndex((q) => q.startBy >= now);
      const stale = queue.splice(0, fresh === -1 ? queue.length : fresh);
      if (stale.length > 0) {
        await repo
          .release(
            this.orm.em.fork(),
            stale.map((q) => q.delivery),
          )
          .catch(fail);
        if (failures.length === 0) exhausted = false;
        return next();
      }
      if (queue.length < batch && !exhausted && !this.stopped) void claimMore();
      return queue.shift()?.delivery ?? null;
    };

    const flush = (): Promise<void> => {
      clearTimeout(flushTimer);
      flushTimer = undefined;
      const written = attempted.splice(0);
      if (written.length > 0) flushing = flushing.then(() => this.record(written)).catch(fail);
      return flushing;
    };

    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let delivery = await next(); delivery !== null; delivery = await next()) {
          const result = await this.attempt(delivery);
          const outcome = { ...outcomeOf(result, delivery.attempts, retrySeconds, new Date()), id: delivery.id, claimToken: delivery.claimToken };
          attempted.push({ delivery, outcome });
          if (attempted.length >= batch) void flush();
          else flushTimer ??= setTimeout(() => void flush(), FLUSH_MS);
        }
      }),
    );
    await flush();
    const [failure] = failures;
    if (failure) throw failure;
  }

  private async attempt(delivery: ClaimedDelivery): Promise<AttemptResult> {
    try {
      if (delivery.channel === 'WEBHOOK') {
        if (delivery.url === null || delivery.secret === null) return { statusCode: null, error: 'endpoint deleted' };
        return await this.webhooks.send({ id: delivery.id, url: delivery.url, secret: delivery.secret, body: String(delivery.payload.body) }, new Date());
      }
      if (this.mail === null) return { statusCode: null, error: 'email is not configured (SMTP_URL)' };
      const payload = delivery.payload as unknown as MailPayload;
      return await this.mail.send(delivery.id, payload.to, renderReminderMail(payload.event, payload.locale as Locale, this.options.publicUrl));
    } catch (error) {
      return { statusCode: null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  private async record(attempted: readonly Attempted[]): Promise<void> {
    await inTransaction(this.orm.em.fork(), async (tx) => {
      const held = await repo.recordOutcomes(
        tx,
        attempted.map((a) => a.outcome),
      );
      // Counted and audited only where this replica's claim still held (another may have retried it),
      // and counted once the outcomes are written.
      const labels: { channel: 'webhook' | 'email'; outcome: ReturnType<typeof deliveryOutcomeLabel> }[] = [];
      tx.afterCommit(() => {
        for (const label of labels) this.counters.add('notification_deliveries_total', label);
      });
      for (const { delivery, outcome } of attempted) {
        if (!held.has(outcome.id)) continue;
        const webhook = delivery.channel === 'WEBHOOK';
        labels.push({ channel: webhook ? 'webhook' : 'email', outcome: deliveryOutcomeLabel(outcome.status) });
        if (outcome.status !== 'FAILED') continue;
        this.audit.record(tx.em, {
          actorId: null,
          action: webhook ? 'WEBHOOK_DELIVERY_FAILED' : 'EMAIL_DELIVERY_FAILED',
          resourceType: webhook ? 'WEBHOOK_ENDPOINT' : 'USER',
          resourceId: webhook ? delivery.endpointId : String((delivery.payload as unknown as MailPayload).to),
          summary: `${webhook ? `Webhook to ${delivery.url ?? 'a deleted endpoint'}` : `Mail to ${String(delivery.payload.to)}`} failed after ${outcome.attempts} attempt(s): ${outcome.lastError ?? `status ${outcome.lastStatusCode}`}`,
          details: {
            deliveryId: delivery.id,
            eventType: delivery.eventType,
            attempts: outcome.attempts,
            lastStatusCode: outcome.lastStatusCode,
            lastError: outcome.lastError,
          },
        });
      }
    });
  }
}
