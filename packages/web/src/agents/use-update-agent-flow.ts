import { useMutation } from '@apollo/client/react';
import { graphql, type FlowInput } from '@licensing/schema/web';
import { useApiAction } from '../api/use-api-action.js';

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
  const [mutate] = useMutation(UpdateAgentFlowMutation);
  const { run, loading, error } = useApiAction();
  const save = async (id: string, flow: FlowInput): Promise<boolean> => (await run(() => mutate({ variables: { id, flow } }))).ok;
  return { save, loading, error };
}
