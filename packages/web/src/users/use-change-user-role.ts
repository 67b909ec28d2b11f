import { useMutation } from '@apollo/client/react';
import { graphql, type Role } from '@licensing/schema/web';
import { useApiAction } from '../api/use-api-action.js';

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
  const [mutate] = useMutation(ChangeUserRoleMutation);
  const { run, loading, error } = useApiAction();
  const change = async (id: string, role: Role): Promise<boolean> => (await run(() => mutate({ variables: { id, role } }))).ok;
  return { change, loading, error };
}
