import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useApiAction } from '../api/use-api-action.js';

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

/** Deletes an endpoint; it leaves the cache (and so every list) at once. */
export function useDeleteWebhookEndpoint() {
  const [mutate] = useMutation(DeleteWebhookEndpointMutation);
  const { run, loading, error } = useApiAction();
  const remove = async (id: string): Promise<boolean> =>
    (
      await run(() =>
        mutate({
          variables: { id },
          update: (cache) => {
            cache.evict({ id: cache.identify({ __typename: 'WebhookEndpoint', id }) });
            cache.gc();
          },
        }),
      )
    ).ok;
  return { remove, loading, error };
}
