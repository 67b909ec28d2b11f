import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock/clock.js';
import { decodeCursor, toConnection, type Connection } from '../../graphql/connection.js';
import { sql } from '../../db/sql.js';
import { isUuid } from '../../graphql/ids.js';
import type { Viewer } from '../auth/viewer.js';
import { daysLeft, resourceStatus, type ResourceStatus } from '../license/license.rules.js';
import type { PlatformService } from '../platform/platform.service.js';
import type { ResourceType } from './expiry-events.js';
import { isExpiringWithin } from './reminder.rules.js';

export interface NotificationView {
  readonly id: string;
  readonly seq: string;
  readonly kind: 'REMINDER' | 'EXPIRED';
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  readonly name: string;
  readonly expiresAt: Date;
  readonly daysLeft: number;
  readonly threshold: number | null;
  readonly createdAt: Date;
  readonly read: boolean;
}

export interface ExpiringResourceView {
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  readonly name: string;
  readonly status: ResourceStatus;
  readonly expiresAt: Date;
  readonly daysLeft: number;
}

interface NotificationRow {
  id: string;
  seq: string;
  kind: 'REMINDER' | 'EXPIRED';
  resource_type: ResourceType;
  resource_id: string;
  name: string;
  expires_at: Date;
  days_left: number;
  threshold: number | null;
  created_at: Date;
  read_at: Date | null;
}

/** In-app notifications of the signed-in user, and the expiring-resources list behind the banners. */
export class NotificationService {
  constructor(
    private readonly clock: Clock,
    private readonly platform: PlatformService,
  ) {}

  async page(em: EntityManager, viewer: Viewer, first: number, after: string | null | undefined, unreadOnly: boolean): Promise<Connection<NotificationView>> {
    const cursor = decodeCursor(after);
    const unread = unreadOnly ? 'AND read_at IS NULL' : '';
    const [rows, count] = await Promise.all([
      sql<NotificationRow>(
        em,
        `SELECT * FROM notification WHERE user_id = ? ${unread} ${cursor ? 'AND seq < ?' : ''} ORDER BY seq DESC LIMIT ?`,
        cursor ? [viewer.userId, cursor, first + 1] : [viewer.userId, first + 1],
      ),
      sql<{ total: string }>(em, `SELECT count(*) AS total FROM notification WHERE user_id = ? ${unread}`, [viewer.userId]),
    ]);
    return toConnection(rows, first, Number(count[0]?.total ?? 0), toView);
  }

  async unreadCount(em: EntityManager, viewer: Viewer): Promise<number> {
    const [row] = await sql<{ total: string }>(em, 'SELECT count(*) AS total FROM notification WHERE user_id = ? AND read_at IS NULL', [viewer.userId]);
    return Number(row?.total ?? 0);
  }

  /** Marks the viewer's own notifications read; returns how many changed. */
  async markRead(em: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<number> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return 0;
    const rows = await sql(
      em,
      `UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL
          AND id IN (SELECT jsonb_array_elements_text(?::jsonb)::uuid) RETURNING id`,
      [this.clock.now(), viewer.userId, JSON.stringify(valid)],
    );
    return rows.length;
  }

  /** SPEC 7 / 9: the platform and live agents that are expired or expire within `withinDays`, most urgent first. */
  async expiring(em: EntityManager, withinDays: number): Promise<ExpiringResourceView[]> {
    const now = this.clock.now();
    const horizon = new Date(now.getTime() + withinDays * 86_400_000);
    const [license, agents] = await Promise.all([
      this.platform.license(em),
      sql<{ id: string; name: string; expires_at: Date }>(
        em,
        'SELECT id, name, expires_at FROM agent WHERE deleted_at IS NULL AND NOT permanent AND expires_at <= ? ORDER BY expires_at',
        [horizon],
      ),
    ]);
    const resources: { resourceType: ResourceType; resourceId: string; name: string; expiresAt: Date }[] = agents.map((a) => ({
      resourceType: 'AGENT',
      resourceId: a.id,
      name: a.name,
      expiresAt: a.expires_at,
    }));
    if (!license.permanent && license.expiresAt !== null) {
      resources.push({ resourceType: 'PLATFORM', resourceId: license.instanceId, name: 'Platform', expiresAt: license.expiresAt });
    }
    return resources
      .filter((r) => isExpiringWithin(r.expiresAt, withinDays, now))
      .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime() || (a.resourceType === 'PLATFORM' ? -1 : b.resourceType === 'PLATFORM' ? 1 : 0))
      .map((r) => {
        const resource = { expiresAt: r.expiresAt, permanent: false };
        return { ...r, status: resourceStatus(resource, now), daysLeft: daysLeft(resource, now) ?? 0 };
      });
  }
}

function toView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    seq: row.seq,
    kind: row.kind,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    name: row.name,
    expiresAt: row.expires_at,
    daysLeft: row.days_left,
    threshold: row.threshold,
    createdAt: row.created_at,
    read: row.read_at !== null,
  };
}
