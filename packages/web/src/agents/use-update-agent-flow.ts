import { useMutation } from '@apollo/client/react';
import { graphql, type FlowInput } from '@licensing/schema/web';
import { useState } from 'react';
import { errorMessage } from '../api/error-message.js';

const UpdateAgentFlowMutation = graphql(`
  mutation UpdateAgentFlow($id: ID!, $flow: FlowInput!) {
    updateAgentFlow(id: $id, flow: $flow) {
      id
      ...FlowEditor_agent
    }
  }
`);

/** Saves a whole flow; the answer replaces Agent.flow in the cache. */
export function useUpdateAgentFlow() {
  const [mutate, { loading }] = useMutation(UpdateAgentFlowMutation);
  const [error, setError] = useState<string | null>(null);
  const save = async (id: string, flow: FlowInput): Promise<boolean> => {
    setError(null);
    try {
      await mutate({ variables: { id, flow } });
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    }
  };
  return { save, loading, error };
}
