import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { refetchAfter } from '../api/stale-fields.js';
import { useApiAction } from '../api/use-api-action.js';

const CreateAgentMutation = graphql(`
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) {
      id
      name
      ...AgentRow_agent
    }
  }
`);

/** Creates an agent; the list is refetched, since where it lands in a newest-first page is the server's call. */
export function useCreateAgent() {
  const [mutate] = useMutation(CreateAgentMutation);
  const { run, loading, error } = useApiAction();
  const create = async (name: string): Promise<{ id: string; name: string } | null> => {
    // Licenses too: inside an unlimited-agents window the new agent is granted a license at once.
    const result = await run(() => mutate({ variables: { input: { name } }, ...refetchAfter(['agents', 'licenses']) }));
    const agent = result.ok ? result.value.data?.createAgent : undefined;
    return agent ? { id: agent.id, name: agent.name } : null;
  };
  return { create, loading, error };
}
