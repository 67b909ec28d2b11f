import { useEffect } from 'react';
import type { Route } from './router.js';

/** The product's name, in the header and after every page's title. */
export const APP_NAME = 'License management';

const PAGE_TITLES: Readonly<Record<Route['name'], string>> = {
  'sign-in': 'Sign in',
  licenses: 'Licenses',
  agents: 'Agents',
  agent: 'Agent',
  notifications: 'Notifications',
  audit: 'Audit log',
  users: 'Users',
  webhooks: 'Webhooks',
  preferences: 'Preferences',
  'not-found': 'Page not found',
};

/** "Licenses · License management": what the tab, the history and bookmarks show. */
export function pageTitle(route: Route): string {
  return `${PAGE_TITLES[route.name]} · ${APP_NAME}`;
}

/** Keeps document.title on the current route's title; called once, by the app around every page. */
export function usePageTitle(route: Route): void {
  const title = pageTitle(route);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
