import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { markStale } from '../api/stale-fields.js';
import { useApiAction } from '../api/use-api-action.js';

const DeleteAgentMutation = graphql(`
  mutation DeleteAgent($id: ID!) {
    deleteAgent(id: $id)
  }
`);

/** Deletes an agent (softly): it leaves the cache at once; its licenses now show Expired, so the lists on screen refetch. */
export function useDeleteAgent() {
  const [mutate] = useMutation(DeleteAgentMutation);
  const { run, loading, error } = useApiAction();
  const remove = async (id: string): Promise<boolean> => {
    const result = await run(() =>
      mutate({
        variables: { id },
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Agent', id }) });
          cache.gc();
          markStale(cache, ['agents', 'licenses', 'expiringResources']);
        },
        onQueryUpdated: () => true,
        awaitRefetchQueries: true,
      }),
    );
    return result.ok;
  };
  return { remove, loading, error };
}
