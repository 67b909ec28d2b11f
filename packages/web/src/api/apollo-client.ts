import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import UploadHttpLink from 'apollo-upload-client/UploadHttpLink.mjs';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { apiErrorCode } from './api-error.js';
import type { ApiEvents } from './api-events.js';
import { progressFetch } from './progress-fetch.js';

/** The cache: connections page by their filters, and the platform is a singleton without an id. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          licenses: relayStylePagination(['status', 'type']),
          // Each search is a list of its own, paged apart from the others.
          agents: relayStylePagination(['search']),
          notifications: relayStylePagination(['unreadOnly']),
          auditEvents: relayStylePagination(),
          channelMessages: relayStylePagination(['agentId']),
          webhookDeliveries: relayStylePagination(['endpointId']),
        },
      },
      Platform: { keyFields: [] },
      // Value objects: replaced whole when they change.
      ExpiringResource: { keyFields: false },
      Flow: { keyFields: false, merge: false },
    },
  });
}

/**
 * The one Apollo client: queries and mutations over HTTP (multipart when a variable holds a File, with
 * the preflight header Apollo Server's CSRF guard asks for), subscriptions over graphql-ws on the same
 * path. The browser sends the HttpOnly session cookie with both, so the app never holds a token.
 */
export function createApolloClient(events: ApiEvents, origin: string = window.location.origin): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    const code = apiErrorCode(error);
    // A wrong password also answers UNAUTHENTICATED: that is the sign-in form's business, not a lost session.
    if (code === 'UNAUTHENTICATED' && operation.operationName !== 'SignIn') events.emit('unauthenticated');
    if (code === 'PLATFORM_LICENSE_INACTIVE') events.emit('platform-inactive');
  });

  const httpLink = new UploadHttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    headers: { 'apollo-require-preflight': 'true' },
    fetch: progressFetch,
  });

  const wsLink = new GraphQLWsLink(
    createClient({
      url: `${origin.replace(/^http/, 'ws')}/graphql`,
      // Connects on the first subscription and closes with the last one: after sign-in, not before.
      lazy: true,
      retryAttempts: Infinity,
      // 4401 means "not signed in": retrying cannot help until the user signs in again.
      shouldRetry: (event) => !(event instanceof CloseEvent && event.code === 4401),
    }),
  );

  const transport = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);

  return new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
