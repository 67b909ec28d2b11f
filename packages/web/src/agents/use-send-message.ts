import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { activeQueryNames } from '../api/active-queries.js';
import { apiErrorCode } from '../api/api-error.js';
import { errorMessage } from '../api/error-message.js';

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
  const [mutate, { loading, client }] = useMutation(SendMessageMutation);
  const send = async (agentId: string, text: string): Promise<SendOutcome> => {
    try {
      const { data } = await mutate({ variables: { agentId, text }, refetchQueries: activeQueryNames(client, ['ChannelMessages']) });
      return { kind: 'replied', replies: data?.sendMessage.replies.map((r) => r.text) ?? [] };
    } catch (e) {
      if (apiErrorCode(e) === 'AGENT_LICENSE_INACTIVE') {
        // The server recorded the refused message (nothing is lost): show it in the received list too.
        void client.refetchQueries({ include: activeQueryNames(client, ['ChannelMessages']) }).catch(() => undefined);
        return { kind: 'refused' };
      }
      return { kind: 'failed', message: errorMessage(e) };
    }
  };
  return { send, loading };
}
