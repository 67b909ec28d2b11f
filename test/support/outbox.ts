import type { GraphQLTestClient } from './graphql-client.js';

export const CREATE_ENDPOINT =
  'mutation($url: String!, $events: [WebhookEventType!]!) { createWebhookEndpoint(input: { url: $url, description: "test", events: $events }) { secret endpoint { id url events } } }';
export const DELIVERIES =
  'query($id: ID!) { webhookDeliveries(endpointId: $id, first: 100) { totalCount edges { node { id eventType status attempts lastStatusCode lastError nextAttemptAt deliveredAt } } } }';

export interface Delivery {
  id: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
}

export async function createEndpoint(admin: GraphQLTestClient, url: string, events: readonly string[]): Promise<{ id: string; secret: string }> {
  const { createWebhookEndpoint } = await admin.data<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(CREATE_ENDPOINT, { url, events });
  return { id: createWebhookEndpoint.endpoint.id, secret: createWebhookEndpoint.secret };
}

export async function deliveriesOf(admin: GraphQLTestClient, endpointId: string): Promise<Delivery[]> {
  const { webhookDeliveries } = await admin.data<{ webhookDeliveries: { edges: { node: Delivery }[] } }>(DELIVERIES, { id: endpointId });
  return webhookDeliveries.edges.map((e) => e.node);
}

/** Posts the deliver hook (sends what is due now) until `done` holds or the time runs out. */
export async function deliverUntil(baseUrl: string, done: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${baseUrl}/__test__/deliver`, { method: 'POST' });
    if (!response.ok) throw new Error(`deliver hook answered ${response.status}`);
    if (await done()) return;
    if (Date.now() > deadline) throw new Error('deliveries did not settle in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}
