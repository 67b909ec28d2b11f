import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useState } from 'react';
import { errorMessage } from '../api/error-message.js';

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
  const [mutate, { loading }] = useMutation(RotateChannelTokenMutation);
  const [error, setError] = useState<string | null>(null);
  const rotate = async (id: string): Promise<boolean> => {
    setError(null);
    try {
      await mutate({ variables: { id } });
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  return { rotate, loading, error };
}
