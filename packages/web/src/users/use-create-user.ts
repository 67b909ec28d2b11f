import { type Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql, type Role } from '@licensing/schema/web';
import { useApiAction } from '../api/use-api-action.js';

const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      ...UserRow_user
    }
  }
`);

/** Creates a user; the new one goes to the top of the cached users list (newest first). */
export function useCreateUser() {
  const [mutate] = useMutation(CreateUserMutation);
  const { run, loading, error } = useApiAction();
  const create = async (email: string, password: string, role: Role): Promise<boolean> => {
    const result = await run(() =>
      mutate({
        variables: { input: { email, password, role } },
        update: (cache, { data }) => {
          if (!data) return;
          const ref = cache.identify(data.createUser);
          cache.modify({
            fields: {
              users: (existing: readonly Reference[] = [], { toReference }) => {
                const created = ref ? toReference(ref) : undefined;
                return created && !existing.some((r) => r.__ref === created.__ref) ? [created, ...existing] : existing;
              },
            },
          });
        },
      }),
    );
    return result.ok;
  };
  return { create, loading, error };
}
