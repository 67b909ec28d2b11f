import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useState } from 'react';
import { activeQueryNames } from '../api/active-queries.js';
import { errorMessage } from '../api/error-message.js';

const DeleteAgentMutation = graphql(`
  mutation DeleteAgent($id: ID!) {
    deleteAgent(id: $id)
  }
`);

/** Deletes an agent (softly): it leaves the cache at once; its licenses now show Expired, so those lists refetch. */
export function useDeleteAgent() {
  const [mutate, { loading, client }] = useMutation(DeleteAgentMutation);
  const [error, setError] = useState<string | null>(null);
  const remove = async (id: string): Promise<boolean> => {
    setError(null);
    try {
      await mutate({
        variables: { id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Agent', id }) });
          cache.gc();
        },
        refetchQueries: activeQueryNames(client, ['AgentsPage', 'LicensesPage', 'ExpiringBanners']),
      });
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  return { remove, loading, error, clearError: () => setError(null) };
}
