import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '@licensing/schema/web';
import { roleLabel } from '../auth/permissions.js';
import { useCurrentUser } from '../auth/session.js';
import { useLogout } from '../auth/use-logout.js';
import { formatDateTime } from '../common/format.js';
import { ResourceStatusBadge } from '../common/status-badge.js';
import { t as translate } from '../i18n/i18n.js';
import { LocaleSwitcher } from '../i18n/locale-switcher.js';
import { toApiLocale } from '../i18n/user-locale.js';
import { UpdateMyPreferencesMutation } from '../preferences/update-my-preferences-mutation.js';
import { Link } from '../router/router.js';
import { useT } from '../i18n/use-t.js';

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
  if (platform.permanent) return translate('header.platform.permanent');
  if (platform.expiresAt == null) return translate('header.platform.never');
  if (platform.daysLeft === 0) return translate('header.platform.expiredOn', { when: formatDateTime(platform.expiresAt) });
  return translate('header.platform.daysLeftUntil', { days: platform.daysLeft ?? 0, when: formatDateTime(platform.expiresAt) });
}

function PlatformSummary({ platform: ref }: { readonly platform: FragmentType<typeof PlatformSummaryFragment> }) {
  const t = useT();
  const platform = getFragmentData(PlatformSummaryFragment, ref);
  return (
    <Link to="/licenses" className="header__platform" title={t('header.platform.title')}>
      <span className="header__label">{t('header.platform.label')}</span>
      <ResourceStatusBadge status={platform.status} />
      <span className="header__days">{platformValidityText(platform)}</span>
      {platform.unlimitedAgents && <span className="badge badge--info">{t('header.unlimitedAgents')}</span>}
    </Link>
  );
}

/** The top bar: the platform's state and days left, unread notifications, who is signed in. */
export function Header() {
  const t = useT();
  const user = useCurrentUser();
  const { logout, loading } = useLogout();
  const [savePreferences] = useMutation(UpdateMyPreferencesMutation);
  const { data } = useQuery(ShellHeaderQuery);
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <header className="header">
      <Link to="/licenses" className="header__brand">
        {t('app.name')}
      </Link>
      {data && <PlatformSummary platform={data.platform} />}
      <Link to="/notifications" className="header__notifications" aria-label={t('header.notificationsLabel', { count: unread })}>
        {t('header.notifications')}
        <span className={unread > 0 ? 'count count--unread' : 'count'} aria-hidden="true">
          {unread}
        </span>
      </Link>
      <span className="header__user">
        {user.email} <span className="muted">({roleLabel(user.role)})</span>
      </span>
      {/* Signed in, the choice is also the user's own (mails, other browsers); if saving fails, this browser still switched. */}
      <LocaleSwitcher onChosen={(locale) => void savePreferences({ variables: { input: { locale: toApiLocale(locale) } } }).catch(() => {})} />
      <Link to="/preferences" className="header__preferences">
        {t('page.preferences')}
      </Link>
      <button type="button" className="button button--small" onClick={() => void logout()} disabled={loading}>
        {t('common.signOut')}
      </button>
    </header>
  );
}
