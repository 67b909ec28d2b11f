import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';
import type { Transaction } from '../../db/transaction.js';
import type { ExpiringAgent } from '../agent/index.js';
import type { Reminder } from './reminder.entity.js';

/** The key of a reminder (threshold 0: the EXPIRED event). */
export type ReminderKey = Readonly<Omit<Reminder, 'sentAt'>>;

/** Marks the EXPIRED event in the reminder key. */
export const EXPIRED = 0;

const keyOf = (k: ReminderKey): string => `${k.resourceType}|${k.resourceId}|${k.expiresAt.getTime()}|${k.threshold}`;

/** The `reminder` table: the only code that reads or writes it. */
export const reminderRepository = {
  /** SPEC 13 `license_reminders_sent_total{threshold}`: each claimed row is one reminder sent (0: the EXPIRED event). */
  async sentByThreshold(em: EntityManager): Promise<{ threshold: number; total: number }[]> {
    const rows = await sql<{ threshold: number; total: string }>(em, 'SELECT threshold, count(*) AS total FROM reminder GROUP BY threshold');
    return rows.map((r) => ({ threshold: r.threshold, total: Number(r.total) }));
  },

  /**
   * Live timed agents inside the look-ahead (now, horizon], and those expired without their EXPIRED
   * event yet: two index ranges, not a scan of every expired agent. Reads `agent` against `reminder`
   * in one anti-join (allowed in table-ownership.test.ts).
   */
  agentsDue(em: EntityManager, now: Date, horizon: Date): Promise<ExpiringAgent[]> {
    return sql<ExpiringAgent>(
      em,
      `SELECT g.id, g.name, g.expires_at AS "expiresAt" FROM agent g
        WHERE g.deleted_at IS NULL AND NOT g.permanent AND g.expires_at > ? AND g.expires_at <= ?
       UNION ALL
       SELECT g.id, g.name, g.expires_at AS "expiresAt" FROM agent g
        WHERE g.deleted_at IS NULL AND NOT g.permanent AND g.expires_at <= ?
          AND NOT EXISTS (SELECT 1 FROM reminder r WHERE r.resource_type = 'AGENT' AND r.resource_id = g.id::text
                             AND r.expires_at = g.expires_at AND r.threshold = ${EXPIRED})`,
      [now, horizon, now],
      { dates: ['expiresAt'] },
    );
  },

  /** Inserts the keys in one statement; returns those this transaction inserted (ON CONFLICT skips the rest). */
  async claim<K extends ReminderKey>(tx: Transaction, keys: readonly K[], sentAt: Date): Promise<K[]> {
    if (keys.length === 0) return [];
    const rows = await sql<ReminderKey>(
      tx.em,
      `INSERT INTO reminder (resource_type, resource_id, expires_at, threshold, sent_at)
       SELECT "resourceType", "resourceId", "expiresAt", threshold, ?
         FROM jsonb_to_recordset(?::jsonb) AS x("resourceType" text, "resourceId" text, "expiresAt" timestamptz, threshold integer)
       ON CONFLICT DO NOTHING
       RETURNING resource_type AS "resourceType", resource_id AS "resourceId", expires_at AS "expiresAt", threshold`,
      [sentAt, JSON.stringify(keys.map((k) => ({ resourceType: k.resourceType, resourceId: k.resourceId, expiresAt: k.expiresAt, threshold: k.threshold })))],
      { dates: ['expiresAt'] },
    );
    const claimed = new Set(rows.map(keyOf));
    return keys.filter((k) => claimed.has(keyOf(k)));
  },
};
