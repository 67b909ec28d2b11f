import { useApolloClient } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType, type Session_UserFragment } from '@licensing/schema/web';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiErrorCode } from '../api/api-error.js';
import type { ApiEvents } from '../api/api-events.js';
import { can, type Permission } from './permissions.js';
import { activateLocale, resolveLocale, storedLocale, t } from '../i18n/i18n.js';
import { fromApiLocale } from '../i18n/user-locale.js';

export const SessionUserFragment = graphql(`
  fragment Session_user on User {
    id
    email
    role
    locale
  }
`);

export const SessionQuery = graphql(`
  query Session {
    me {
      ...Session_user
    }
  }
`);

export type SessionUser = Session_UserFragment;

/** SPEC 11: once signed in, the user's saved locale wins over this browser's; resolves when its catalog is in. */
function applyUserLocale(user: SessionUser): Promise<void> {
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  return activateLocale(resolveLocale({ user: fromApiLocale(user.locale), stored: storedLocale(), languages }));
}

export type SessionState =
  | { readonly status: 'checking' }
  | { readonly status: 'unreachable'; readonly error: unknown }
  | { readonly status: 'signed-out'; readonly notice: string | null }
  | { readonly status: 'signed-in'; readonly user: SessionUser };

interface SessionContextValue {
  readonly state: SessionState;
  signedIn(user: FragmentType<typeof SessionUserFragment>): void;
  signedOut(notice?: string | null): Promise<void>;
  retry(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * Who is signed in. The session itself is the HttpOnly cookie the server sets on sign-in; the app only
 * asks `me` once at start and learns of a lost session from any UNAUTHENTICATED answer (via ApiEvents).
 */
export function SessionProvider({ events, children }: { readonly events: ApiEvents; readonly children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    client
      .query({ query: SessionQuery, fetchPolicy: 'network-only' })
      .then(async ({ data }) => {
        if (!live) return;
        if (!data) {
          setState({ status: 'signed-out', notice: null });
          return;
        }
        const user = getFragmentData(SessionUserFragment, data.me);
        // The app appears in the user's language at once, not in the browser's first (a failed catalog load keeps the current one).
        await applyUserLocale(user).catch(() => {});
        if (live) setState({ status: 'signed-in', user });
      })
      .catch((error: unknown) => {
        if (!live) return;
        setState(apiErrorCode(error) === 'UNAUTHENTICATED' ? { status: 'signed-out', notice: null } : { status: 'unreachable', error });
      });
    return () => {
      live = false;
    };
  }, [client, attempt]);

  const signedOut = useCallback(
    async (notice: string | null = null) => {
      // Nothing of the previous user's data may survive into the next session.
      await client.clearStore();
      setState({ status: 'signed-out', notice });
    },
    [client],
  );

  // Only a signed-in user can lose a session; at start, `me` answering UNAUTHENTICATED is handled above.
  const signedInNow = state.status === 'signed-in';
  useEffect(() => {
    if (!signedInNow) return;
    return events.subscribe((event) => {
      if (event === 'unauthenticated') void signedOut(t('session.ended'));
    });
  }, [events, signedInNow, signedOut]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      signedIn: (ref) => {
        const user = getFragmentData(SessionUserFragment, ref);
        const show = () => setState({ status: 'signed-in', user });
        applyUserLocale(user).then(show, show);
      },
      signedOut,
      retry: () => {
        setState({ status: 'checking' });
        setAttempt((n) => n + 1);
      },
    }),
    [state, signedOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user and what their role allows; only for components under the signed-in app. */
export function useCurrentUser(): SessionUser & { can(permission: Permission): boolean } {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useCurrentUser while not signed in');
  const user = state.user;
  return { ...user, can: (permission) => can(user.role, permission) };
}

/** A fixed signed-in session, for component tests (in English unless told; it never switches the locale). */
export function FixedSessionProvider({
  user,
  children,
}: {
  readonly user: Omit<SessionUser, 'locale'> & Partial<Pick<SessionUser, 'locale'>>;
  readonly children: ReactNode;
}) {
  const value = useMemo<SessionContextValue>(
    () => ({ state: { status: 'signed-in', user: { locale: 'en', ...user } }, signedIn: () => {}, signedOut: async () => {}, retry: () => {} }),
    [user],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
