import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { useState } from 'react';
import { formatDateTime } from '../common/format.js';
import { t as translate } from '../i18n/i18n.js';
import { useLocale, useT } from '../i18n/use-t.js';
import { Badge } from '../common/status-badge.js';
import { QueryState } from '../common/query-state.js';
import { FormError } from '../common/states.js';
import { DAILY_REMINDER_DAYS, REMINDER_DAYS } from '../banners/urgency.js';
import { Link, pathFor } from '../router/router.js';
import { useMarkNotificationsRead } from './use-mark-notifications-read.js';
import { LoadMore, PAGE_SIZE } from '../common/load-more.js';

export const NotificationItemFragment = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    resourceType
    resourceId
    name
    expiresAt
    daysLeft
    threshold
    createdAt
    read
  }
`);

const NotificationsPageQuery = graphql(`
  query NotificationsPage($first: Int!, $after: String, $unreadOnly: Boolean!) {
    unreadNotificationCount
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        cursor
        node {
          id
          ...NotificationItem_notification
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface NotificationFacts {
  readonly kind: 'REMINDER' | 'EXPIRED' | 'CLOCK_ROLLED_BACK';
  readonly resourceType: 'PLATFORM' | 'AGENT';
  readonly name: string;
  readonly expiresAt: string;
  readonly daysLeft: number;
}

/** "Agent Sales bot: license expires on … (15 days left when this reminder was sent)." */
export function notificationText(n: NotificationFacts): string {
  // SPEC 14: for a clock rollback, `expiresAt` carries the time licenses are judged at.
  if (n.kind === 'CLOCK_ROLLED_BACK') return translate('notifications.clockRolledBack', { when: formatDateTime(n.expiresAt) });
  const values = { name: n.name, when: formatDateTime(n.expiresAt), days: n.daysLeft };
  const kind = n.kind === 'EXPIRED' ? 'expired' : 'reminder';
  return translate(n.resourceType === 'PLATFORM' ? `notifications.platform.${kind}` : `notifications.agent.${kind}`, values);
}

const KIND_TONE = { REMINDER: 'warning', EXPIRED: 'danger', CLOCK_ROLLED_BACK: 'danger' } as const satisfies Record<NotificationFacts['kind'], string>;

function NotificationItem({
  notification: ref,
  onMarkRead,
  busy,
}: {
  readonly notification: FragmentType<typeof NotificationItemFragment>;
  readonly onMarkRead: (id: string) => void;
  readonly busy: boolean;
}) {
  const t = useT();
  const n = getFragmentData(NotificationItemFragment, ref);
  const to = pathFor(n.resourceType === 'PLATFORM' ? { name: 'licenses' } : { name: 'agent', id: n.resourceId });
  return (
    <li className={`notification${n.read ? '' : ' notification--unread'}`}>
      <div className="notification__head">
        {n.read ? <Badge tone="neutral">{t('notifications.read')}</Badge> : <Badge tone="info">{t('notifications.unread')}</Badge>}
        <Badge tone={KIND_TONE[n.kind]}>{t(`notifications.kind.${n.kind}`)}</Badge>
        <span className="muted small">{formatDateTime(n.createdAt)}</span>
      </div>
      <p>
        <Link to={to}>{notificationText(n)}</Link>
      </p>
      {!n.read && (
        <button type="button" className="button button--small" disabled={busy} onClick={() => onMarkRead(n.id)}>
          {t('notifications.markRead')}
        </button>
      )}
    </li>
  );
}

/** In-app expiry reminders: read, mark read, mark all read. */
export function NotificationsPage() {
  const t = useT();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(NotificationsPageQuery, {
    variables: { first: PAGE_SIZE, unreadOnly },
    notifyOnNetworkStatusChange: true,
  });
  const { markRead, markAll, loading, error: markError } = useMarkNotificationsRead();
  const connection = data?.notifications;
  const unread = data?.unreadNotificationCount ?? 0;
  const locale = useLocale();
  return (
    <section className="page">
      <div className="page__head">
        <h1>{t('page.notifications')}</h1>
        {data && <p className="muted">{t('notifications.unreadCount', { count: unread })}</p>}
        <button type="button" className="button page__head-action" disabled={loading || unread === 0} onClick={() => void markAll()}>
          {t('notifications.markAll')}
        </button>
      </div>
      <div className="filters">
        <label className="checkbox">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} /> {t('notifications.unreadOnly')}
        </label>
      </div>
      <FormError message={markError} />
      <QueryState
        data={connection}
        error={error}
        retry={refetch}
        loading={t('notifications.loading')}
        isEmpty={(c) => c.edges.length === 0}
        empty={
          <p>
            {unreadOnly
              ? t('notifications.noneUnread')
              : t('notifications.none', { days: new Intl.ListFormat(locale).format(REMINDER_DAYS.map(String)), daily: DAILY_REMINDER_DAYS })}
          </p>
        }
      >
        {(connection) => (
          <ul className="notifications">
            {connection.edges.map(({ node }) => (
              <NotificationItem key={node.id} notification={node} busy={loading} onMarkRead={(id) => void markRead([id])} />
            ))}
          </ul>
        )}
      </QueryState>
      <LoadMore pageInfo={connection?.pageInfo} networkStatus={networkStatus} fetchMore={fetchMore} />
    </section>
  );
}
