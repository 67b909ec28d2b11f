import { useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { refetchStale, type RootField } from '../api/stale-fields.js';
import { useCurrentUser } from '../auth/session.js';
import { BannerList } from './banner-list.js';
import { useDismissals } from './dismissals.js';
import { bannerKey, REMINDER_DAYS } from './urgency.js';

const ExpiringBannersQuery = graphql(`
  query ExpiringBanners($withinDays: Int!) {
    expiringResources(withinDays: $withinDays) {
      ...ExpiryBanner_resource
    }
  }
`);

const ExpiryEventsSubscription = graphql(`
  subscription ExpiryEvents {
    expiringResources {
      kind
      resourceType
      resourceId
      name
      expiresAt
      daysLeft
      threshold
    }
  }
`);

/**
 * What shows expiry or license state, and so must follow every live expiry event (an expiry, an
 * upload, a binding or a grant elsewhere).
 */
const FOLLOWERS: readonly RootField[] = ['expiringResources', 'platform', 'licenses', 'agents', 'agent', 'notifications', 'unreadNotificationCount'];

// Days left tick down between reminder thresholds without any event; a slow poll keeps the words right.
const POLL_MS = 10 * 60_000;

/**
 * The banners, live: every `expiringResources` event refetches the list (simplest and always right),
 * and a REMINDER or EXPIRED event brings back a banner the user had dismissed for that resource.
 */
export function ExpiringBanners() {
  const user = useCurrentUser();
  const { dismissed, dismiss, restore } = useDismissals(user.id);
  const { data } = useQuery(ExpiringBannersQuery, { variables: { withinDays: REMINDER_DAYS[0] }, pollInterval: POLL_MS });
  useSubscription(ExpiryEventsSubscription, {
    onData: ({ data: event, client }) => {
      const payload = event.data?.expiringResources;
      if (!payload) return;
      if (payload.kind === 'REMINDER' || payload.kind === 'EXPIRED') restore(bannerKey(payload));
      void refetchStale(client, FOLLOWERS).catch(() => undefined);
    },
  });
  if (!data) return null;
  return <BannerList resources={data.expiringResources} dismissed={dismissed} onDismiss={dismiss} />;
}
