import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { activeQueryNames } from '../api/active-queries.js';
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
  const [mutate, { client }] = useMutation(CreateAgentMutation);
  const { run, loading, error } = useApiAction();
  const create = async (name: string): Promise<{ id: string; name: string } | null> => {
    // LicensesPage too: inside an unlimited-agents window the new agent is granted a license at once.
    const result = await run(() => mutate({ variables: { input: { name } }, refetchQueries: activeQueryNames(client, ['AgentsPage', 'LicensesPage']), awaitRefetchQueries: true }));
    const agent = result.ok ? result.value.data?.createAgent : undefined;
    return agent ? { id: agent.id, name: agent.name } : null;
  };
  return { create, loading, error };
}
