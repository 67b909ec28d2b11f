import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { inTransaction } from '../../db/transaction.js';
import type { AuditService } from '../audit/index.js';
import type { Locale } from '../auth/index.js';
import type { MailSender } from './mail-sender.js';
import { renderReminderMail } from './mail.render.js';
import type { MailPayload } from './outbox.service.js';
import { outboxRepository as repo, type ClaimedDelivery, type RecordedOutcome } from './outbox.repository.js';
import { outcomeOf, type AttemptResult } from './outbox.rules.js';
import type { WebhookSender } from './webhook-sender.js';

export interface DispatcherOptions {
  readonly retrySeconds: readonly number[];
  readonly leaseSeconds: number;
  readonly concurrency: number;
  readonly publicUrl: string;
}

/** Lanes claim in turn, so one slow batch never stalls the others. */
const LANES = 4;

/**
 * Sends what the outbox holds, on every replica (SPEC 10). Each lane claims a batch of due rows with
 * `FOR UPDATE SKIP LOCKED` and a lease, sends the batch at once, and records every outcome in one
 * statement (with an audit entry for each that ends FAILED). A replica killed mid-send leaves rows
 * whose lease runs out; any replica then retries them. Times here are the wall clock's, never the
 * test clock's: retries and leases are about real seconds.
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
    const batch = Math.max(1, Math.ceil(this.options.concurrency / LANES));
    const lanes = Math.min(LANES, this.options.concurrency);
    await Promise.all(Array.from({ length: lanes }, () => this.lane(batch)));
  }

  private async lane(batch: number): Promise<void> {
    while (!this.stopped) {
      const now = new Date();
      const claimed = await repo.claim(this.orm.em.fork(), now, new Date(now.getTime() + this.options.leaseSeconds * 1000), batch, randomUUID());
      if (claimed.length === 0) return;
      const outcomes = await Promise.all(
        claimed.map(async (d): Promise<RecordedOutcome> => ({
          ...outcomeOf(await this.attempt(d), d.attempts, this.options.retrySeconds, new Date()),
          id: d.id,
          claimToken: d.claimToken,
        })),
      );
      await this.record(claimed, outcomes);
    }
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

  private async record(claimed: readonly ClaimedDelivery[], outcomes: readonly RecordedOutcome[]): Promise<void> {
    const byId = new Map(claimed.map((d) => [d.id, d]));
    await inTransaction(this.orm.em.fork(), async (tx) => {
      const held = await repo.recordOutcomes(tx, outcomes);
      for (const outcome of outcomes) {
        if (outcome.status !== 'FAILED' || !held.has(outcome.id)) continue;
        const delivery = byId.get(outcome.id)!;
        const webhook = delivery.channel === 'WEBHOOK';
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
