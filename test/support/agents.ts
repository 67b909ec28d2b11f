import type { GraphQLTestClient } from './graphql-client.js';

export interface CreatedAgent {
  id: string;
  name: string;
  channelToken: string;
}

export async function createAgent(client: GraphQLTestClient, name: string): Promise<CreatedAgent> {
  const data = await client.data<{ createAgent: CreatedAgent }>('mutation($name: String!) { createAgent(input: { name: $name }) { id name channelToken } }', {
    name,
  });
  return data.createAgent;
}

export const BIND = 'mutation($l: ID!, $a: ID!) { bindAgentLicense(licenseId: $l, agentId: $a) { id status startsAt endsAt agent { id name } } }';

/** Posts to the REST channel; returns the status and JSON body. */
export async function postMessage(
  baseUrl: string,
  agentId: string,
  token: string | null,
  text: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}/channels/${agentId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token !== null && { 'x-channel-token': token }) },
    body: JSON.stringify({ text }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
