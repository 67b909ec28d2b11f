import type { EntityManager } from '@mikro-orm/postgresql';
import { count, sql } from '../../db/sql.js';
import type { Transaction } from '../../db/transaction.js';
import type { DeliveryChannel, OutboxDelivery } from './outbox-delivery.entity.js';
import type { Outcome, WebhookEventType } from './outbox.rules.js';
import type { WebhookEndpoint } from './webhook-endpoint.entity.js';

export type EndpointRow = Readonly<Omit<WebhookEndpoint, 'secret' | 'createdBy'>>;
export type NewEndpoint = Readonly<Omit<WebhookEndpoint, 'seq' | 'deletedAt'>>;
export type DeliveryRow = Readonly<Omit<OutboxDelivery, 'payload' | 'claimToken' | 'claimedUntil' | 'recipientId'>>;

export interface NewDelivery {
  readonly id: string;
  readonly channel: DeliveryChannel;
  readonly endpointId: string | null;
  readonly recipientId: string | null;
  readonly eventType: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
}

/** A delivery a dispatcher holds: what to send, and where. */
export interface ClaimedDelivery {
  readonly id: string;
  readonly channel: DeliveryChannel;
  readonly eventType: string;
  readonly payload: Record<string, unknown>;
  readonly attempts: number;
  readonly claimToken: string;
  readonly endpointId: string | null;
  readonly url: string | null;
  readonly secret: string | null;
}

export interface RecordedOutcome extends Outcome {
  readonly id: string;
  readonly claimToken: string;
}

const ENDPOINT = `SELECT id, seq, url, description, events, created_at AS "createdAt", deleted_at AS "deletedAt" FROM webhook_endpoint`;
const DELIVERY = `SELECT id, seq, channel, endpoint_id AS "endpointId", event_type AS "eventType", status, attempts,
                         next_attempt_at AS "nextAttemptAt", last_status_code AS "lastStatusCode", last_error AS "lastError",
                         created_at AS "createdAt", delivered_at AS "deliveredAt" FROM outbox_delivery`;
const DELIVERY_DATES: (keyof DeliveryRow)[] = ['nextAttemptAt', 'createdAt', 'deliveredAt'];

/** The `webhook_endpoint` and `outbox_delivery` tables: the only code that reads or writes them. */
export const outboxRepository = {
  async insertEndpoint(tx: Transaction, endpoint: NewEndpoint): Promise<void> {
    await sql(tx.em, `INSERT INTO webhook_endpoint (id, url, description, events, secret, created_by, created_at) VALUES (?, ?, ?, ?::text[], ?, ?, ?)`, [
      endpoint.id,
      endpoint.url,
      endpoint.description,
      `{${endpoint.events.join(',')}}`,
      endpoint.secret,
      endpoint.createdBy,
      endpoint.createdAt,
    ]);
  },

  /** Live endpoints, newest first. */
  endpoints(em: EntityManager): Promise<EndpointRow[]> {
    return sql<EndpointRow>(em, `${ENDPOINT} WHERE deleted_at IS NULL ORDER BY seq DESC`, [], { dates: ['createdAt', 'deletedAt'] });
  },

  /** A live endpoint, locked for the caller's transaction. */
  async lockEndpoint(tx: Transaction, id: string): Promise<EndpointRow | null> {
    const [row] = await sql<EndpointRow>(tx.em, `${ENDPOINT} WHERE id = ? AND deleted_at IS NULL FOR UPDATE`, [id], { dates: ['createdAt', 'deletedAt'] });
    return row ?? null;
  },

  /** Marks an endpoint deleted and drops its pending deliveries; returns false when there was none. */
  async deleteEndpoint(tx: Transaction, id: string, at: Date): Promise<boolean> {
    const rows = await sql(tx.em, `UPDATE webhook_endpoint SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL RETURNING id`, [at, id]);
    if (rows.length === 0) return false;
    await sql(
      tx.em,
      `UPDATE outbox_delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = 'endpoint deleted' WHERE endpoint_id = ? AND status = 'PENDING'`,
      [id],
    );
    return true;
  },

  /** Ids of the live endpoints subscribed to `type`. */
  async subscribedTo(em: EntityManager, type: WebhookEventType): Promise<string[]> {
    const rows = await sql<{ id: string }>(em, `SELECT id FROM webhook_endpoint WHERE deleted_at IS NULL AND ? = ANY (events) ORDER BY seq`, [type]);
    return rows.map((r) => r.id);
  },

  /** Writes deliveries in one statement, due at once (`next_attempt_at` = the commit's wall clock). */
  async insertDeliveries(tx: Transaction, deliveries: readonly NewDelivery[]): Promise<void> {
    if (deliveries.length === 0) return;
    await sql(
      tx.em,
      `INSERT INTO outbox_delivery (id, channel, endpoint_id, recipient_id, event_type, payload, status, attempts, next_attempt_at, created_at)
       SELECT id, channel, "endpointId", "recipientId", "eventType", payload, 'PENDING', 0, "createdAt", "createdAt"
         FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, channel text, "endpointId" uuid, "recipientId" uuid, "eventType" text, payload jsonb, "createdAt" timestamptz)`,
      [JSON.stringify(deliveries)],
    );
  },

  /**
   * Claims up to `limit` due deliveries for this replica until `leaseUntil`: pending, due, and not held
   * by a live lease. SKIP LOCKED lets replicas claim side by side; the token guards the outcome, so a
   * replica whose lease ran out cannot overwrite the attempt of the one that took over.
   */
  claim(em: EntityManager, now: Date, leaseUntil: Date, limit: number, token: string): Promise<ClaimedDelivery[]> {
    return sql<ClaimedDelivery>(
      em,
      `WITH due AS (
         SELECT id FROM outbox_delivery
          WHERE status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)
          ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
       UPDATE outbox_delivery d SET claimed_until = ?, claim_token = ?, attempts = d.attempts + 1
         FROM due WHERE d.id = due.id
       RETURNING d.id, d.channel, d.event_type AS "eventType", d.payload, d.attempts, d.claim_token AS "claimToken", d.endpoint_id AS "endpointId",
                 (SELECT url FROM webhook_endpoint w WHERE w.id = d.endpoint_id) AS url,
                 (SELECT secret FROM webhook_endpoint w WHERE w.id = d.endpoint_id) AS secret`,
      [now, now, limit, leaseUntil, token],
    );
  },

  /** Records outcomes of claimed attempts; returns the ids whose claim still held (others were taken over). */
  async recordOutcomes(tx: Transaction, outcomes: readonly RecordedOutcome[]): Promise<Set<string>> {
    if (outcomes.length === 0) return new Set();
    const rows = await sql<{ id: string }>(
      tx.em,
      `UPDATE outbox_delivery d SET status = x.status, attempts = x.attempts, next_attempt_at = x."nextAttemptAt", delivered_at = x."deliveredAt",
              last_status_code = x."lastStatusCode", last_error = x."lastError", claimed_until = NULL, claim_token = NULL
         FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, "claimToken" uuid, status text, attempts integer, "nextAttemptAt" timestamptz,
                                                "deliveredAt" timestamptz, "lastStatusCode" integer, "lastError" text)
        WHERE d.id = x.id AND d.claim_token = x."claimToken"
       RETURNING d.id`,
      [JSON.stringify(outcomes)],
    );
    return new Set(rows.map((r) => r.id));
  },

  /** Gives claims back unattempted (attempts as before the claim), so any replica may claim them at once. */
  async release(em: EntityManager, claims: readonly Pick<ClaimedDelivery, 'id' | 'claimToken'>[]): Promise<void> {
    await sql(
      em,
      `UPDATE outbox_delivery d SET claimed_until = NULL, claim_token = NULL, attempts = d.attempts - 1
         FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, "claimToken" uuid)
        WHERE d.id = x.id AND d.claim_token = x."claimToken"`,
      [JSON.stringify(claims.map((c) => ({ id: c.id, claimToken: c.claimToken })))],
    );
  },

  /** A newest-first page (first + 1 rows) of an endpoint's deliveries, and how many there are. */
  async deliveries(em: EntityManager, endpointId: string, first: number, afterSeq: string | null): Promise<{ rows: DeliveryRow[]; total: number }> {
    const [rows, total] = await Promise.all([
      sql<DeliveryRow>(
        em,
        `${DELIVERY} WHERE endpoint_id = ? ${afterSeq ? 'AND seq < ?' : ''} ORDER BY seq DESC LIMIT ?`,
        afterSeq ? [endpointId, afterSeq, first + 1] : [endpointId, first + 1],
        { dates: DELIVERY_DATES },
      ),
      count(em, 'SELECT count(*) AS total FROM outbox_delivery WHERE endpoint_id = ?', [endpointId]),
    ]);
    return { rows, total };
  },

  async delivery(em: EntityManager, id: string): Promise<DeliveryRow | null> {
    const [row] = await sql<DeliveryRow>(em, `${DELIVERY} WHERE id = ?`, [id], { dates: DELIVERY_DATES });
    return row ?? null;
  },

  /** Makes a webhook delivery due again at `now` (one more attempt); none while an attempt holds it. */
  async redeliver(tx: Transaction, id: string, now: Date): Promise<DeliveryRow | null> {
    const [row] = await sql<DeliveryRow>(
      tx.em,
      `UPDATE outbox_delivery d SET status = 'PENDING', next_attempt_at = ?, delivered_at = NULL
         FROM webhook_endpoint w
        WHERE d.id = ? AND d.channel = 'WEBHOOK' AND w.id = d.endpoint_id AND w.deleted_at IS NULL
          AND (d.status <> 'PENDING' OR d.claimed_until IS NULL OR d.claimed_until <= ?)
       RETURNING d.id, d.seq, d.channel, d.endpoint_id AS "endpointId", d.event_type AS "eventType", d.status, d.attempts,
                 d.next_attempt_at AS "nextAttemptAt", d.last_status_code AS "lastStatusCode", d.last_error AS "lastError",
                 d.created_at AS "createdAt", d.delivered_at AS "deliveredAt"`,
      [now, id, now],
      { dates: DELIVERY_DATES },
    );
    return row ?? null;
  },
};
