import { lazy, Suspense, useEffect, useRef } from 'react';
import { useCurrentUser } from '../auth/session.js';
import { ClockBanner } from '../banners/clock-banner.js';
import { ExpiringBanners } from '../banners/expiring-banners.js';
import { Loading } from '../common/states.js';
import { LicensesPage } from '../licenses/licenses-page.js';
import { Link, pathFor, type Route } from '../router/router.js';
import { Header } from './header.js';
import { Trans } from '../i18n/trans.js';
import { useT } from '../i18n/use-t.js';

// Secondary pages load on first visit, keeping the first download small.
const AgentsPage = lazy(() => import('../agents/agents-page.js').then((m) => ({ default: m.AgentsPage })));
const AgentPage = lazy(() => import('../agents/agent-page.js').then((m) => ({ default: m.AgentPage })));
const NotificationsPage = lazy(() => import('../notifications/notifications-page.js').then((m) => ({ default: m.NotificationsPage })));
const AuditPage = lazy(() => import('../audit/audit-page.js').then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import('../users/users-page.js').then((m) => ({ default: m.UsersPage })));
const TrustedKeysPage = lazy(() => import('../trusted-keys/trusted-keys-page.js').then((m) => ({ default: m.TrustedKeysPage })));
const WebhooksPage = lazy(() => import('../webhooks/webhooks-page.js').then((m) => ({ default: m.WebhooksPage })));
const PreferencesPage = lazy(() => import('../preferences/preferences-page.js').then((m) => ({ default: m.PreferencesPage })));

function Page({ route }: { readonly route: Route }) {
  const user = useCurrentUser();
  switch (route.name) {
    case 'licenses':
    case 'sign-in':
      return <LicensesPage />;
    case 'agents':
      return <AgentsPage />;
    case 'agent':
      return <AgentPage id={route.id} />;
    case 'notifications':
      return <NotificationsPage />;
    case 'audit':
      return user.can('ADMINISTER') ? <AuditPage /> : <NotAllowed />;
    case 'users':
      return user.can('ADMINISTER') ? <UsersPage /> : <NotAllowed />;
    case 'trusted-keys':
      return user.can('ADMINISTER') ? <TrustedKeysPage /> : <NotAllowed />;
    case 'webhooks':
      return user.can('ADMINISTER') ? <WebhooksPage /> : <NotAllowed />;
    case 'preferences':
      return <PreferencesPage />;
    case 'not-found':
      return <NotFound />;
  }
}

function NotFound() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('page.not-found')}</h1>
      <p>
        <Trans id="shell.notFound.text" components={{ 0: <Link to="/licenses" /> }} />
      </p>
    </section>
  );
}

function NotAllowed() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('shell.notAllowed.title')}</h1>
      <p>{t('shell.notAllowed.text')}</p>
    </section>
  );
}

/** The signed-in app around a page: header, navigation, expiry banners. */
export function AppShell({ route }: { readonly route: Route }) {
  const t = useT();
  const user = useCurrentUser();
  const main = useRef<HTMLElement>(null);
  // Keyboard and screen-reader users land on the new page's content after a navigation; a change of
  // the query string alone (a filter) leaves the focus where it is.
  const path = pathFor(route);
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [path]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Header />
      <nav className="nav" aria-label={t('shell.nav.label')}>
        <Link to="/licenses">{t('page.licenses')}</Link>
        <Link to="/agents">{t('page.agents')}</Link>
        <Link to="/notifications">{t('page.notifications')}</Link>
        {user.can('ADMINISTER') && <Link to="/audit">{t('page.audit')}</Link>}
        {user.can('ADMINISTER') && <Link to="/users">{t('page.users')}</Link>}
        {user.can('ADMINISTER') && <Link to="/trusted-keys">{t('page.trusted-keys')}</Link>}
        {user.can('ADMINISTER') && <Link to="/webhooks">{t('page.webhooks')}</Link>}
      </nav>
      <ClockBanner />
      <ExpiringBanners />
      <main id="main" ref={main} tabIndex={-1} className="main">
        <Suspense fallback={<Loading what={t('shell.loadingPage')} />}>
          <Page route={route} />
        </Suspense>
      </main>
    </div>
  );
}
