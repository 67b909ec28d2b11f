import type { ApolloClient } from '@apollo/client';

/**
 * The names, of those given, that a mounted component is watching. Mutations list everything they may
 * change by operation name; asking Apollo to refetch one nobody watches only earns a console warning.
 */
export function activeQueryNames(client: ApolloClient, names: readonly string[]): string[] {
  const active = new Set([...client.getObservableQueries('active')].map((query) => query.queryName));
  return names.filter((name) => active.has(name));
}
