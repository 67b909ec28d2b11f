import { useMutation } from '@apollo/client/react';
import { graphql, type Role } from '@licensing/schema/web';
import { useState } from 'react';
import { errorMessage } from '../api/error-message.js';

const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($id: ID!, $role: Role!) {
    changeUserRole(id: $id, role: $role) {
      id
      ...UserRow_user
    }
  }
`);

/** Changes a user's role; the answer updates the user in the cache. */
export function useChangeUserRole() {
  const [mutate, { loading }] = useMutation(ChangeUserRoleMutation);
  const [error, setError] = useState<string | null>(null);
  const change = async (id: string, role: Role): Promise<boolean> => {
    setError(null);
    try {
      await mutate({ variables: { id, role } });
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  return { change, loading, error };
}
