import { useEffect } from 'react';
import type { ApiEvents } from './api/api-events.js';
import { useSession } from './auth/session.js';
import { SignInPage } from './auth/sign-in-page.js';
import { ErrorNotice, Loading } from './common/states.js';
import { UploadProvider } from './licenses/upload-context.js';
import { usePageTitle } from './router/page-title.js';
import { navigate, pathFor, useLocation, useRoute } from './router/router.js';
import { AppShell } from './shell/app-shell.js';
import { PlatformGate } from './shell/platform-gate.js';
import { useT } from './i18n/use-t.js';

/** Session first (sign-in page for signed-out users), then the platform gate, then the app. */
export function App({ events }: { readonly events: ApiEvents }) {
  const t = useT();
  const { state, retry } = useSession();
  const route = useRoute();
  const location = useLocation();
  usePageTitle(route);

  useEffect(() => {
    if (state.status === 'signed-out' && route.name !== 'sign-in') {
      navigate(pathFor({ name: 'sign-in', next: location === '/' ? null : location }), { replace: true });
    }
    if (state.status === 'signed-in' && route.name === 'sign-in') navigate(route.next ?? '/licenses', { replace: true });
  }, [state.status, route, location]);

  switch (state.status) {
    case 'checking':
      return (
        <main className="page">
          <Loading what={t('app.checkingSession')} />
        </main>
      );
    case 'unreachable':
      return (
        <main className="page">
          <ErrorNotice error={state.error} onRetry={retry} />
        </main>
      );
    case 'signed-out':
      return <SignInPage next={route.name === 'sign-in' ? route.next : null} notice={state.notice} />;
    case 'signed-in':
      return (
        <UploadProvider>
          <PlatformGate events={events}>
            <AppShell route={route} />
          </PlatformGate>
        </UploadProvider>
      );
  }
}
