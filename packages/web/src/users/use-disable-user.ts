import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useApiAction } from '../api/use-api-action.js';

export const DisableUserMutation = graphql(`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      id
      ...UserRow_user
    }
  }
`);

/** Disables a user (their sessions and tokens end); the answer updates the user in the cache. */
export function useDisableUser() {
  const [mutate] = useMutation(DisableUserMutation);
  const { run, loading, error } = useApiAction();
  const disable = async (id: string): Promise<boolean> => (await run(() => mutate({ variables: { id } }))).ok;
  return { disable, loading, error };
}
