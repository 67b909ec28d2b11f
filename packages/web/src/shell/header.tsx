import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { ROLE_LABELS } from '../auth/permissions.js';
import { useCurrentUser } from '../auth/session.js';
import { useLogout } from '../auth/use-logout.js';
import { formatDateTime, pluralDays } from '../common/format.js';
import { ResourceStatusBadge } from '../common/status-badge.js';
import { APP_NAME } from '../router/page-title.js';
import { Link } from '../router/router.js';

export const PlatformSummaryFragment = graphql(`
  fragment PlatformSummary_platform on Platform {
    status
    expiresAt
    permanent
    daysLeft
    unlimitedAgents
  }
`);

const ShellHeaderQuery = graphql(`
  query ShellHeader {
    platform {
      ...PlatformSummary_platform
    }
    unreadNotificationCount
  }
`);

/** "300 days left, until 3 Mar 2027, 10:00" / "Permanent license". */
export function platformValidityText(platform: { readonly permanent: boolean; readonly daysLeft?: number | null; readonly expiresAt?: string | null }): string {
  if (platform.permanent) return 'Permanent license';
  if (platform.expiresAt == null) return 'Never licensed';
  if (platform.daysLeft === 0) return `Expired on ${formatDateTime(platform.expiresAt)}`;
  return `${pluralDays(platform.daysLeft ?? 0)} left, until ${formatDateTime(platform.expiresAt)}`;
}

function PlatformSummary({ platform: ref }: { readonly platform: FragmentType<typeof PlatformSummaryFragment> }) {
  const platform = getFragmentData(PlatformSummaryFragment, ref);
  return (
    <Link to="/licenses" className="header__platform" title="Platform license">
      <span className="header__label">Platform</span>
      <ResourceStatusBadge status={platform.status} />
      <span className="header__days">{platformValidityText(platform)}</span>
      {platform.unlimitedAgents && <span className="badge badge--info">Unlimited agents</span>}
    </Link>
  );
}

/** The top bar: the platform's state and days left, unread notifications, who is signed in. */
export function Header() {
  const user = useCurrentUser();
  const { logout, loading } = useLogout();
  const { data } = useQuery(ShellHeaderQuery);
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <header className="header">
      <Link to="/licenses" className="header__brand">
        {APP_NAME}
      </Link>
      {data && <PlatformSummary platform={data.platform} />}
      <Link to="/notifications" className="header__notifications" aria-label={`Notifications: ${unread} unread`}>
        Notifications
        <span className={unread > 0 ? 'count count--unread' : 'count'} aria-hidden="true">
          {unread}
        </span>
      </Link>
      <span className="header__user">
        {user.email} <span className="muted">({ROLE_LABELS[user.role]})</span>
      </span>
      <Link to="/preferences" className="header__preferences">
        Preferences
      </Link>
      <button type="button" className="button button--small" onClick={() => void logout()} disabled={loading}>
        Sign out
      </button>
    </header>
  );
}
