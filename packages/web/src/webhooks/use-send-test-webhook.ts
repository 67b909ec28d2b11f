import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { refetchAfter } from '../api/stale-fields.js';
import { useApiAction } from '../api/use-api-action.js';

export const SendTestWebhookMutation = graphql(`
  mutation SendTestWebhook($id: ID!) {
    sendTestWebhook(id: $id) {
      id
      ...WebhookDeliveryRow_delivery
    }
  }
`);

/** Queues a `webhook.test` to an endpoint; the deliveries list on screen fetches again to show it. */
export function useSendTestWebhook() {
  const [mutate] = useMutation(SendTestWebhookMutation);
  const { run, loading, error } = useApiAction();
  const send = async (id: string): Promise<boolean> => (await run(() => mutate({ variables: { id }, ...refetchAfter(['webhookDeliveries']) }))).ok;
  return { send, loading, error };
}
