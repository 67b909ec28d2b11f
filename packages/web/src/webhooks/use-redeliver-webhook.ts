import { useMutation } from '@apollo/client/react';
import { graphql } from '@licensing/schema/web';
import { useApiAction } from '../api/use-api-action.js';

export const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      ...WebhookDeliveryRow_delivery
    }
  }
`);

/** Sends a delivery once more (same `webhook-id`); the answer updates the delivery in the cache by id. */
export function useRedeliverWebhook() {
  const [mutate] = useMutation(RedeliverWebhookMutation);
  const { run, loading, error } = useApiAction();
  const redeliver = async (deliveryId: string): Promise<boolean> => (await run(() => mutate({ variables: { deliveryId } }))).ok;
  return { redeliver, loading, error };
}
