import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { activeQueryNames } from '../api/active-queries.js';
import { useApiAction } from '../api/use-api-action.js';

const DeleteAgentMutation = graphql(`
  mutation DeleteAgent($id: ID!) {
    deleteAgent(id: $id)
  }
`);

/** Deletes an agent (softly): it leaves the cache at once; its licenses now show Expired, so those lists refetch. */
export function useDeleteAgent() {
  const [mutate, { client }] = useMutation(DeleteAgentMutation);
  const { run, loading, error } = useApiAction();
  const remove = async (id: string): Promise<boolean> => {
    const result = await run(() =>
      mutate({
        variables: { id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Agent', id }) });
          cache.gc();
        },
        refetchQueries: activeQueryNames(client, ['AgentsPage', 'LicensesPage', 'ExpiringBanners']),
      }),
    );
    return result.ok;
  };
  return { remove, loading, error };
}
