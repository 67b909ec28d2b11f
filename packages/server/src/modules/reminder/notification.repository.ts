import type { EntityManager } from '@mikro-orm/postgresql';
import { count, sql } from '../../db/sql.js';
import type { Transaction } from '../../db/transaction.js';
import type { Notification } from './notification.entity.js';

/** A notification as its owner reads it. */
export type NotificationRow = Readonly<Omit<Notification, 'userId'>>;
export type NewNotification = Readonly<Omit<Notification, 'seq' | 'readAt'>>;

const SELECT = `SELECT id, seq, kind, resource_type AS "resourceType", resource_id AS "resourceId", name, expires_at AS "expiresAt",
                       days_left AS "daysLeft", threshold, created_at AS "createdAt", read_at AS "readAt" FROM notification`;

/** The `notification` table: the only code that reads or writes it. */
export const notificationRepository = {
  /** A newest-first page (first + 1 rows) of a user's notifications, and how many there are. */
  async page(
    em: EntityManager,
    userId: string,
    first: number,
    afterSeq: string | null,
    unreadOnly: boolean,
  ): Promise<{ rows: NotificationRow[]; total: number }> {
    const unread = unreadOnly ? 'AND read_at IS NULL' : '';
    const [rows, total] = await Promise.all([
      sql<NotificationRow>(
        em,
        `${SELECT} WHERE user_id = ? ${unread} ${afterSeq ? 'AND seq < ?' : ''} ORDER BY seq DESC LIMIT ?`,
        afterSeq ? [userId, afterSeq, first + 1] : [userId, first + 1],
        { dates: ['expiresAt', 'createdAt', 'readAt'] },
      ),
      count(em, `SELECT count(*) AS total FROM notification WHERE user_id = ? ${unread}`, [userId]),
    ]);
    return { rows, total };
  },

  unreadCount(em: EntityManager, userId: string): Promise<number> {
    return count(em, 'SELECT count(*) AS total FROM notification WHERE user_id = ? AND read_at IS NULL', [userId]);
  },

  /** Marks some of a user's unread notifications read; returns how many changed. */
  async markRead(em: EntityManager, userId: string, ids: readonly string[], at: Date): Promise<number> {
    const rows = await sql(
      em,
      `UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL
          AND id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid) RETURNING id`,
      [at, userId, JSON.stringify(ids)],
    );
    return rows.length;
  },

  /** Inserts all in one statement. */
  async insertMany(tx: Transaction, notifications: readonly NewNotification[]): Promise<void> {
    if (notifications.length === 0) return;
    await sql(
      tx.em,
      `INSERT INTO notification (id, user_id, kind, resource_type, resource_id, name, expires_at, days_left, threshold, created_at)
       SELECT id, "userId", kind, "resourceType", "resourceId", name, "expiresAt", "daysLeft", threshold, "createdAt"
         FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, "userId" uuid, kind text, "resourceType" text, "resourceId" text, name text,
                                                "expiresAt" timestamptz, "daysLeft" integer, threshold integer, "createdAt" timestamptz)`,
      [JSON.stringify(notifications)],
    );
  },
};
