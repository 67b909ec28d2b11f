import { lazy, Suspense, useEffect, useRef } from 'react';
import { useCurrentUser } from '../auth/session.js';
import { ExpiringBanners } from '../banners/expiring-banners.js';
import { Loading } from '../common/states.js';
import { LicensesPage } from '../licenses/licenses-page.js';
import { Link, pathFor, type Route } from '../router/router.js';
import { Header } from './header.js';

// Secondary pages load on first visit, keeping the first download small.
const AgentsPage = lazy(() => import('../agents/agents-page.js').then((m) => ({ default: m.AgentsPage })));
const AgentPage = lazy(() => import('../agents/agent-page.js').then((m) => ({ default: m.AgentPage })));
const NotificationsPage = lazy(() => import('../notifications/notifications-page.js').then((m) => ({ default: m.NotificationsPage })));
const AuditPage = lazy(() => import('../audit/audit-page.js').then((m) => ({ default: m.AuditPage })));
const UsersPage = lazy(() => import('../users/users-page.js').then((m) => ({ default: m.UsersPage })));
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
    case 'webhooks':
      return user.can('ADMINISTER') ? <WebhooksPage /> : <NotAllowed />;
    case 'preferences':
      return <PreferencesPage />;
    case 'not-found':
      return <NotFound />;
  }
}

function NotFound() {
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Go to the <Link to="/licenses">licenses</Link>.
      </p>
    </section>
  );
}

function NotAllowed() {
  return (
    <section className="page">
      <h1>Not available</h1>
      <p>Your role does not allow this page.</p>
    </section>
  );
}

/** The signed-in app around a page: header, navigation, expiry banners. */
export function AppShell({ route }: { readonly route: Route }) {
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
        Skip to content
      </a>
      <Header />
      <nav className="nav" aria-label="Main">
        <Link to="/licenses">Licenses</Link>
        <Link to="/agents">Agents</Link>
        <Link to="/notifications">Notifications</Link>
        {user.can('ADMINISTER') && <Link to="/audit">Audit log</Link>}
        {user.can('ADMINISTER') && <Link to="/users">Users</Link>}
        {user.can('ADMINISTER') && <Link to="/webhooks">Webhooks</Link>}
      </nav>
      <ExpiringBanners />
      <main id="main" ref={main} tabIndex={-1} className="main">
        <Suspense fallback={<Loading what="Loading the page" />}>
          <Page route={route} />
        </Suspense>
      </main>
    </div>
  );
}
