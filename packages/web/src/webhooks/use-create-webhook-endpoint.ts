import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql, type WebhookEventType } from '@licensing/schema/web';
import { useApiAction } from '../api/use-api-action.js';

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        ...WebhookEndpointRow_endpoint
      }
    }
  }
`);

/**
 * Adds an endpoint; the new one goes to the top of the cached list (newest first). Resolves to the
 * signing secret, which the server shows this once, or null when it failed.
 */
export function useCreateWebhookEndpoint() {
  const [mutate] = useMutation(CreateWebhookEndpointMutation);
  const { run, loading, error } = useApiAction();
  const create = async (url: string, description: string, events: readonly WebhookEventType[]): Promise<string | null> => {
    const result = await run(() =>
      mutate({
        variables: { input: { url, description, events: [...events] } },
        update: (cache, { data }) => {
          if (!data) return;
          const ref = cache.identify(data.createWebhookEndpoint.endpoint);
          cache.modify({
            fields: {
              webhookEndpoints: (existing: readonly Reference[] = [], { toReference }) => {
                const created = ref ? toReference(ref) : undefined;
                return created && !existing.some((r) => r.__ref === created.__ref) ? [created, ...existing] : existing;
              },
            },
          });
        },
      }),
    );
    return result.ok ? (result.value.data?.createWebhookEndpoint.secret ?? null) : null;
  };
  return { create, loading, error };
}
