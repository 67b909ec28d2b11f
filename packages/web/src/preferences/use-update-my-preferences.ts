import { useMutation } from '@apollo/client/react';
import type { UpdateMyPreferencesInput } from '@licensing/schema/web';
import { useApiAction } from '../api/use-api-action.js';
import { UpdateMyPreferencesMutation } from './update-my-preferences-mutation.js';

export { UpdateMyPreferencesMutation };

/** Changes the signed-in user's own preferences; the answer updates the user in the cache by id. */
export function useUpdateMyPreferences() {
  const [mutate] = useMutation(UpdateMyPreferencesMutation);
  const { run, loading, error } = useApiAction();
  const update = async (input: UpdateMyPreferencesInput): Promise<boolean> => (await run(() => mutate({ variables: { input } }))).ok;
  return { update, loading, error };
}
