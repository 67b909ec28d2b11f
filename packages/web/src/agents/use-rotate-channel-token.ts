import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useApiAction } from '../api/use-api-action.js';

const RotateChannelTokenMutation = graphql(`
  mutation RotateChannelToken($id: ID!) {
    rotateChannelToken(id: $id) {
      id
      ...ChannelPanel_agent
    }
  }
`);

/** Makes a new channel token; the answer updates Agent.channelToken in the cache (normalized by id). */
export function useRotateChannelToken() {
  const [mutate] = useMutation(RotateChannelTokenMutation);
  const { run, loading, error } = useApiAction();
  const rotate = async (id: string): Promise<boolean> => (await run(() => mutate({ variables: { id } }))).ok;
  return { rotate, loading, error };
}
