import { useEffect } from 'react';
import type { Route } from './router.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { useT } from '../i18n/use-t.js';

/** Every route's title is the catalog key `page.<route name>`. */
const PAGE_TITLES: Readonly<Record<Route['name'], MessageKey>> = {
  'sign-in': 'page.sign-in',
  licenses: 'page.licenses',
  agents: 'page.agents',
  agent: 'page.agent',
  notifications: 'page.notifications',
  audit: 'page.audit',
  users: 'page.users',
  'trusted-keys': 'page.trusted-keys',
  webhooks: 'page.webhooks',
  preferences: 'page.preferences',
  'not-found': 'page.not-found',
};

/** "Licenses · License management": what the tab, the history and bookmarks show. */
export function pageTitle(route: Route): string {
  return t('page.title', { page: t(PAGE_TITLES[route.name]), app: t('app.name') });
}

/** Keeps document.title on the current route's title; called once, by the app around every page. */
export function usePageTitle(route: Route): void {
  useT(); // follows a switch of locale
  const title = pageTitle(route);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
