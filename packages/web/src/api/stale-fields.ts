import type { ApolloCache, ApolloClient } from '@apollo/client';
import type {
  AgentPageQuery,
  AgentsPageQuery,
  ChannelMessagesQuery,
  ExpiringBannersQuery,
  LicensesPageQuery,
  NotificationsPageQuery,
  ShellHeaderQuery,
  WebhookDeliveriesQuery,
} from '@licensing/schema/web';

/**
 * A root field that a page's query reads, typed from the generated results: a misspelt or dropped field
 * fails the typecheck, where an operation name in a string would silently refetch nothing.
 */
export type RootField =
  | keyof AgentPageQuery
  | keyof AgentsPageQuery
  | keyof ChannelMessagesQuery
  | keyof ExpiringBannersQuery
  | keyof LicensesPageQuery
  | keyof NotificationsPageQuery
  | keyof ShellHeaderQuery
  | keyof WebhookDeliveriesQuery;

/**
 * Marks root fields stale in the cache. Used after changes whose consequences the server computes (a
 * status, an expiry, who belongs in a filtered list): the cache cannot work those out itself.
 */
export function markStale(cache: ApolloCache, fields: readonly RootField[]): void {
  cache.modify({ id: 'ROOT_QUERY', fields: Object.fromEntries(fields.map((field) => [field, (_value, { INVALIDATE }) => INVALIDATE])) });
}

/**
 * Options for a mutation: after its answer is written, every query on screen that reads one of `fields`
 * (or what the answer changed) is fetched again, old data staying on screen meanwhile, and the mutation
 * resolves once they are back. Queries not on screen fetch when next shown (cache-and-network).
 */
export function refetchAfter(fields: readonly RootField[]) {
  return {
    update: (cache: ApolloCache) => markStale(cache, fields),
    // `true` is Apollo's own refetch of that query.
    onQueryUpdated: () => true,
    awaitRefetchQueries: true,
  } as const;
}

/** The same, outside a mutation: for live events and for changes made by several requests. */
export function refetchStale(client: ApolloClient, fields: readonly RootField[]): Promise<unknown> {
  return Promise.resolve(client.refetchQueries({ updateCache: (cache) => markStale(cache, fields), onQueryUpdated: () => true }));
}
