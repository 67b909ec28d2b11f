import { useMemo, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/** The app's pages; the URL is the one source of truth for which is shown (history routing). */
export type Route =
  | { readonly name: 'sign-in'; readonly next: string | null }
  | { readonly name: 'licenses' }
  | { readonly name: 'agents' }
  | { readonly name: 'agent'; readonly id: string }
  | { readonly name: 'notifications' }
  | { readonly name: 'audit' }
  | { readonly name: 'users' }
  | { readonly name: 'trusted-keys' }
  | { readonly name: 'webhooks' }
  | { readonly name: 'preferences' }
  | { readonly name: 'not-found' };

/** Reads a route from a path and query string, e.g. "/agents/abc" → { name: 'agent', id: 'abc' }. */
export function parseRoute(pathname: string, search = ''): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/sign-in') {
    const next = new URLSearchParams(search).get('next');
    // Only same-app paths: an open redirect through ?next= must not be possible.
    return { name: 'sign-in', next: next !== null && next.startsWith('/') && !next.startsWith('//') ? next : null };
  }
  if (path === '/' || path === '/licenses') return { name: 'licenses' };
  if (path === '/agents') return { name: 'agents' };
  const agent = /^\/agents\/([^/]+)$/.exec(path);
  if (agent) return { name: 'agent', id: decodeURIComponent(agent[1]!) };
  if (path === '/notifications') return { name: 'notifications' };
  if (path === '/audit') return { name: 'audit' };
  if (path === '/users') return { name: 'users' };
  if (path === '/trusted-keys') return { name: 'trusted-keys' };
  if (path === '/webhooks') return { name: 'webhooks' };
  if (path === '/preferences') return { name: 'preferences' };
  return { name: 'not-found' };
}

/** The path of a route (the inverse of parseRoute). */
export function pathFor(route: Route): string {
  switch (route.name) {
    case 'sign-in':
      return route.next ? `/sign-in?next=${encodeURIComponent(route.next)}` : '/sign-in';
    case 'licenses':
      return '/licenses';
    case 'agents':
      return '/agents';
    case 'agent':
      return `/agents/${encodeURIComponent(route.id)}`;
    case 'notifications':
      return '/notifications';
    case 'audit':
      return '/audit';
    case 'users':
      return '/users';
    case 'trusted-keys':
      return '/trusted-keys';
    case 'webhooks':
      return '/webhooks';
    case 'preferences':
      return '/preferences';
    case 'not-found':
      return '/';
  }
}

const CHANGE = 'app:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = (): string => window.location.pathname + window.location.search;

interface NavigateOptions {
  /** For redirects, so Back does not bounce. */
  readonly replace?: boolean;
  /** For a change within the page (a filter), which should not jump to the top. */
  readonly keepScroll?: boolean;
}

/** Goes to a path without reloading. */
export function navigate(path: string, { replace = false, keepScroll = false }: NavigateOptions = {}): void {
  if (path === snapshot()) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(CHANGE));
  if (!replace && !keepScroll) window.scrollTo?.(0, 0);
}

/** The current path with its query string, re-rendering on navigation. */
export function useLocation(): string {
  return useSyncExternalStore(subscribe, snapshot, () => '/');
}

/** The current path and query string, apart: "/licenses?status=UNUSED" → ["/licenses", "?status=UNUSED"]. */
function splitLocation(location: string): readonly [string, string] {
  const at = location.indexOf('?');
  return at < 0 ? [location, ''] : [location.slice(0, at), location.slice(at)];
}

/** The current route. */
export function useRoute(): Route {
  return parseRoute(...splitLocation(useLocation()));
}

/** The current query string's parameters (state a page keeps in its address, such as filters). */
export function useSearchParams(): URLSearchParams {
  const search = splitLocation(useLocation())[1];
  return useMemo(() => new URLSearchParams(search), [search]);
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  readonly to: string;
  /** Optional: inside a `<Trans>` the translation fills it in. */ readonly children?: ReactNode;
};

/** A real link (middle-click and "open in new tab" work) that navigates in place on a plain click. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  const current = splitLocation(useLocation())[0] === to;
  return (
    <a href={to} onClick={handle} aria-current={current ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}
