import { useMutation } from '@apollo/client/react';
import { graphql, type UpdateMyPreferencesInput } from '@licensing/schema/web';
import { useApiAction } from '../api/use-api-action.js';

export const UpdateMyPreferencesMutation = graphql(`
  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      id
      emailReminders
      locale
    }
  }
`);

/** Changes the signed-in user's own preferences; the answer updates the user in the cache by id. */
export function useUpdateMyPreferences() {
  const [mutate] = useMutation(UpdateMyPreferencesMutation);
  const { run, loading, error } = useApiAction();
  const update = async (input: UpdateMyPreferencesInput): Promise<boolean> => (await run(() => mutate({ variables: { input } }))).ok;
  return { update, loading, error };
}
