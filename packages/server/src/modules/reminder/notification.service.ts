import type { EntityManager } from '@mikro-orm/postgresql';
import { DAY_MS } from '@licensing/lcs';
import type { Clock } from '../../clock/clock.js';
import { agentRepository } from '../agent/index.js';
import type { Viewer } from '../auth/index.js';
import { daysLeft, resourceStatus, type ResourceStatus, type ResourceType } from '../expiry/index.js';
import { platformRepository } from '../platform/index.js';
import type { NotificationKind } from './notification.entity.js';
import { notificationRepository, type NotificationRow } from './notification.repository.js';
import { isExpiringWithin } from './reminder.rules.js';

export interface NotificationView {
  readonly id: string;
  readonly seq: string;
  readonly kind: NotificationKind;
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

/** In-app notifications of the signed-in user, and the expiring-resources list behind the banners. */
export class NotificationService {
  constructor(private readonly clock: Clock) {}

  /** A newest-first page (first + 1 rows) of the viewer's notifications, and how many match. */
  async page(
    em: EntityManager,
    viewer: Viewer,
    first: number,
    afterSeq: string | null,
    unreadOnly: boolean,
  ): Promise<{ rows: NotificationView[]; total: number }> {
    const { rows, total } = await notificationRepository.page(em, viewer.userId, first, afterSeq, unreadOnly);
    return { rows: rows.map(toView), total };
  }

  unreadCount(em: EntityManager, viewer: Viewer): Promise<number> {
    return notificationRepository.unreadCount(em, viewer.userId);
  }

  /** Marks the viewer's own notifications read (ids are UUIDs); returns how many changed. */
  async markRead(em: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return notificationRepository.markRead(em, viewer.userId, ids, this.clock.now());
  }

  /** SPEC 7 / 9: the platform and live agents that are expired or expire within `withinDays`, most urgent first. */
  async expiring(em: EntityManager, withinDays: number): Promise<ExpiringResourceView[]> {
    const now = this.clock.now();
    const horizon = new Date(now.getTime() + withinDays * DAY_MS);
    const [license, agents] = await Promise.all([platformRepository.read(em), agentRepository.expiringBefore(em, horizon)]);
    const resources: { resourceType: ResourceType; resourceId: string; name: string; expiresAt: Date }[] = agents.map((a) => ({
      resourceType: 'AGENT',
      resourceId: a.id,
      name: a.name,
      expiresAt: a.expiresAt,
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

function toView({ readAt, ...row }: NotificationRow): NotificationView {
  return { ...row, read: readAt !== null };
}
