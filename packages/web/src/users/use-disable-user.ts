import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useState } from 'react';
import { errorMessage } from '../api/error-message.js';

const DisableUserMutation = graphql(`
  mutation DisableUser($id: ID!) {
    disableUser(id: $id) {
      id
      ...UserRow_user
    }
  }
`);

/** Disables a user (their sessions and tokens end); the answer updates the user in the cache. */
export function useDisableUser() {
  const [mutate, { loading }] = useMutation(DisableUserMutation);
  const [error, setError] = useState<string | null>(null);
  const disable = async (id: string): Promise<boolean> => {
    setError(null);
    try {
      await mutate({ variables: { id } });
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  return { disable, loading, error };
}
