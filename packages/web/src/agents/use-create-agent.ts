import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useState } from 'react';
import { activeQueryNames } from '../api/active-queries.js';
import { errorMessage } from '../api/error-message.js';

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
  const [mutate, { loading, client }] = useMutation(CreateAgentMutation);
  const [error, setError] = useState<string | null>(null);
  const create = async (name: string): Promise<{ id: string; name: string } | null> => {
    setError(null);
    try {
      // LicensesPage too: inside an unlimited-agents window the new agent is granted a license at once.
      const { data } = await mutate({ variables: { input: { name } }, refetchQueries: activeQueryNames(client, ['AgentsPage', 'LicensesPage']), awaitRefetchQueries: true });
      return data ? { id: data.createAgent.id, name: data.createAgent.name } : null;
    } catch (e) {
      setError(errorMessage(e));
      return null;
    }
  };
  return { create, loading, error };
}
