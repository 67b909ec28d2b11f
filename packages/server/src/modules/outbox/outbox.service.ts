import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../graphql/domain-error.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import type { AuditService } from '../audit/index.js';
import { userRepository, type Viewer } from '../auth/index.js';
import type { ExpiryEvent } from '../expiry/index.js';
import { webhookDeliveryNotFound, webhookEndpointNotFound } from './outbox.errors.js';
import { outboxRepository as repo, type DeliveryRow, type EndpointRow, type NewDelivery } from './outbox.repository.js';
import { DESCRIPTION_MAX_LENGTH, webhookBody, webhookUrlProblem, WEBHOOK_EVENT_TYPES, type WebhookEventType } from './outbox.rules.js';

/** What a mail delivery carries: enough to render it at sending time in the recipient's language. */
export interface MailPayload {
  readonly to: string;
  readonly locale: string;
  readonly event: ExpiryEvent;
  readonly [key: string]: unknown;
}

const EXPIRY_WEBHOOK: Readonly<Record<ExpiryEvent['kind'], WebhookEventType>> = {
  REMINDER: 'LICENSE_REMINDER',
  EXPIRED: 'LICENSE_EXPIRED',
  RENEWED: 'LICENSE_RENEWED',
};

/**
 * SPEC 10: turns events into outbox rows inside the event's own transaction (so both exist or neither),
 * and manages webhook endpoints. Sending is the Dispatcher's; a commit here wakes it.
 */
export class OutboxService {
  constructor(
    private readonly audit: AuditService,
    private readonly mailEnabled: boolean,
    private readonly wake: () => void,
  ) {}

  /** REMINDER and EXPIRED are mailed to every eligible recipient; every kind goes to subscribed endpoints. */
  async expiryEvents(tx: Transaction, events: readonly ExpiryEvent[], at: Date): Promise<void> {
    const createdAt = new Date();
    const deliveries: NewDelivery[] = [];
    const mailed = events.filter((e) => e.kind !== 'RENEWED');
    if (this.mailEnabled && mailed.length > 0) {
      const recipients = await userRepository.mailRecipients(tx.em, 'MANAGE_LICENSES');
      for (const event of mailed) {
        for (const r of recipients) {
          // A user who never chose a language gets English mails.
          const payload: MailPayload = { to: r.email, locale: r.locale ?? 'en', event };
          deliveries.push({
            id: randomUUID(),
            channel: 'EMAIL',
            endpointId: null,
            recipientId: r.id,
            eventType: EXPIRY_WEBHOOK[event.kind],
            payload,
            createdAt,
          });
        }
      }
    }
    for (const event of events) {
      const { resourceType, resourceId, name, expiresAt, daysLeft, threshold } = event;
      deliveries.push(
        ...(await this.webhooks(tx.em, EXPIRY_WEBHOOK[event.kind], at, { resourceType, resourceId, name, expiresAt, daysLeft, threshold }, createdAt)),
      );
    }
    await this.insert(tx, deliveries);
  }

  /** `license_package.uploaded`, for an upload that imported something. */
  async packageUploaded(tx: Transaction, at: Date, data: { uploadId: string; fileName: string; importedCount: number; skippedCount: number }): Promise<void> {
    await this.insert(tx, await this.webhooks(tx.em, 'LICENSE_PACKAGE_UPLOADED', at, data, new Date()));
  }

  /** `license.bound`, for a binding. */
  async licenseBound(
    tx: Transaction,
    at: Date,
    data: { licenseId: string; agentId: string; agentName: string; startsAt: string | null; endsAt: string | null },
  ): Promise<void> {
    await this.insert(tx, await this.webhooks(tx.em, 'LICENSE_BOUND', at, data, new Date()));
  }

  endpoints(em: EntityManager): Promise<EndpointRow[]> {
    return repo.endpoints(em);
  }

  /** Stores an endpoint with a new secret (`whsec_` + base64 of 32 random bytes), returned this once. */
  async createEndpoint(
    em: EntityManager,
    viewer: Viewer,
    input: { url: string; description: string; events: readonly WebhookEventType[] },
  ): Promise<{ endpoint: EndpointRow; secret: string }> {
    const url = input.url.trim();
    const problem = webhookUrlProblem(url);
    if (problem) throw badInput(problem, { field: 'url' });
    const description = input.description.trim();
    if (description.length > DESCRIPTION_MAX_LENGTH)
      throw badInput(`The description must be at most ${DESCRIPTION_MAX_LENGTH} characters long.`, { field: 'description' });
    const events = WEBHOOK_EVENT_TYPES.filter((t) => input.events.includes(t));
    if (events.length === 0) throw badInput('Choose at least one event type.', { field: 'events' });
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const id = randomUUID();
    await inTransaction(em, async (tx) => {
      await repo.insertEndpoint(tx, { id, url, description, events, secret, createdBy: viewer.userId, createdAt: new Date() });
      this.audit.record(tx.em, {
        actorId: viewer.userId,
        action: 'WEBHOOK_ENDPOINT_CREATED',
        resourceType: 'WEBHOOK_ENDPOINT',
        resourceId: id,
        summary: `Added webhook endpoint ${url}`,
        details: { url, events },
      });
    });
    const endpoint = (await repo.endpoints(em)).find((e) => e.id === id)!;
    return { endpoint, secret };
  }

  async deleteEndpoint(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
    return inTransaction(em, async (tx) => {
      const endpoint = await repo.lockEndpoint(tx, id);
      if (!endpoint) return false;
      await repo.deleteEndpoint(tx, id, new Date());
      this.audit.record(tx.em, {
        actorId: viewer.userId,
        action: 'WEBHOOK_ENDPOINT_DELETED',
        resourceType: 'WEBHOOK_ENDPOINT',
        resourceId: id,
        summary: `Deleted webhook endpoint ${endpoint.url}`,
      });
      return true;
    });
  }

  /** Queues a `webhook.test` to one endpoint, whatever it subscribes to. */
  async sendTest(em: EntityManager, viewer: Viewer, id: string, at: Date): Promise<DeliveryRow> {
    const deliveryId = randomUUID();
    await inTransaction(em, async (tx) => {
      const endpoint = await repo.lockEndpoint(tx, id);
      if (!endpoint) throw webhookEndpointNotFound(id);
      const body = webhookBody('WEBHOOK_TEST', at, { endpointId: id, requestedBy: viewer.userId });
      await this.insert(tx, [
        { id: deliveryId, channel: 'WEBHOOK', endpointId: id, recipientId: null, eventType: 'WEBHOOK_TEST', payload: { body }, createdAt: new Date() },
      ]);
    });
    return (await repo.delivery(em, deliveryId))!;
  }

  deliveries(em: EntityManager, endpointId: string, first: number, afterSeq: string | null): Promise<{ rows: DeliveryRow[]; total: number }> {
    return repo.deliveries(em, endpointId, first, afterSeq);
  }

  /** One more attempt of a webhook delivery, with the same `webhook-id`. */
  async redeliver(em: EntityManager, deliveryId: string): Promise<DeliveryRow> {
    const row = await inTransaction(em, async (tx) => {
      const updated = await repo.redeliver(tx, deliveryId, new Date());
      if (updated) tx.afterCommit(() => this.wake(), 'outbox-wake');
      return updated;
    });
    if (!row) throw webhookDeliveryNotFound(deliveryId);
    return row;
  }

  private async webhooks(em: EntityManager, type: WebhookEventType, at: Date, data: Record<string, unknown>, createdAt: Date): Promise<NewDelivery[]> {
    const endpoints = await repo.subscribedTo(em, type);
    if (endpoints.length === 0) return [];
    const body = webhookBody(type, at, data);
    return endpoints.map((endpointId) => ({
      id: randomUUID(),
      channel: 'WEBHOOK',
      endpointId,
      recipientId: null,
      eventType: type,
      payload: { body },
      createdAt,
    }));
  }

  private async insert(tx: Transaction, deliveries: readonly NewDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await repo.insertDeliveries(tx, deliveries);
    tx.afterCommit(() => this.wake(), 'outbox-wake');
  }
}
