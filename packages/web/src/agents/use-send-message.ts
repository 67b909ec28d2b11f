import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { refetchAfter, refetchStale } from '../api/stale-fields.js';
import { apiErrorCode } from '../api/api-error.js';
import { useApiAction } from '../api/use-api-action.js';

const SendMessageMutation = graphql(`
  mutation SendMessage($agentId: ID!, $text: String!) {
    sendMessage(agentId: $agentId, text: $text) {
      replies {
        text
      }
    }
  }
`);

export type SendOutcome =
  | { readonly kind: 'replied'; readonly replies: readonly string[] }
  /** AGENT_LICENSE_INACTIVE: the agent did not answer (the server recorded the message). */
  | { readonly kind: 'refused' }
  | { readonly kind: 'failed'; readonly message: string };

/** The test chat's message, sent as a channel would; the received-messages list refetches to show it. */
export function useSendMessage() {
  const [mutate, { client }] = useMutation(SendMessageMutation);
  const { run, loading } = useApiAction();
  const send = async (agentId: string, text: string): Promise<SendOutcome> => {
    const result = await run(() => mutate({ variables: { agentId, text }, ...refetchAfter(['channelMessages']) }));
    if (result.ok) return { kind: 'replied', replies: result.value.data?.sendMessage.replies.map((r) => r.text) ?? [] };
    if (apiErrorCode(result.error) === 'AGENT_LICENSE_INACTIVE') {
      // The server recorded the refused message (nothing is lost): show it in the received list too.
      void refetchStale(client, ['channelMessages']).catch(() => undefined);
      return { kind: 'refused' };
    }
    return { kind: 'failed', message: result.message };
  };
  return { send, loading };
}
