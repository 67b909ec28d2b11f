import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql, type UnreadNotificationIdsQuery as UnreadIdsResult } from '@licensing/schema/web';
import { refetchStale } from '../api/stale-fields.js';
import { useApiAction } from '../api/use-api-action.js';

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

const UnreadNotificationIdsQuery = graphql(`
  query UnreadNotificationIds($after: String) {
    notifications(first: 100, after: $after, unreadOnly: true) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// The API takes at most 500 ids per call.
const MAX_IDS = 500;

/**
 * Marks notifications read. The cache is updated in place: each one's `read` flag, and the unread count
 * the header shows, lowered by how many the server says changed.
 */
export function useMarkNotificationsRead() {
  const client = useApolloClient();
  const [mutate] = useMutation(MarkNotificationsReadMutation);
  const { run, loading, error } = useApiAction();

  const markIds = async (ids: readonly string[]): Promise<void> => {
    for (let at = 0; at < ids.length; at += MAX_IDS) {
      const chunk = ids.slice(at, at + MAX_IDS);
      await mutate({
        variables: { ids: [...chunk] },
        update: (cache, { data }) => {
          for (const id of chunk) {
            cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { read: () => true } });
          }
          const changed = data?.markNotificationsRead ?? 0;
          cache.modify({ fields: { unreadNotificationCount: (count: number) => Math.max(0, count - changed) } });
        },
      });
    }
  };

  /** Every unread notification, page by page (not only the ones on screen). */
  const markAll = () =>
    run(async () => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        // no-cache: this list of ids must not replace the page's own list in the cache.
        const page: { data?: UnreadIdsResult } = await client.query({ query: UnreadNotificationIdsQuery, variables: { after }, fetchPolicy: 'no-cache' });
        const connection = page.data?.notifications;
        if (!connection) break;
        ids.push(...connection.edges.map((e) => e.node.id));
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
        after = connection.pageInfo.endCursor;
      }
      await markIds(ids);
      await refetchStale(client, ['notifications', 'unreadNotificationCount']);
    });

  return { markRead: (ids: readonly string[]) => run(() => markIds(ids)), markAll, loading, error };
}
