import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface ExpiryEventMessage {
  kind: 'REMINDER' | 'EXPIRED' | 'RENEWED';
  resourceType: 'PLATFORM' | 'AGENT';
  resourceId: string;
  name: string;
  expiresAt: string | null;
  daysLeft: number | null;
  threshold: number | null;
}

/** A live `expiringResources` subscription that collects what it receives. */
export interface ExpirySubscription {
  readonly events: ExpiryEventMessage[];
  /** Resolves once at least `count` events arrived (or rejects after the timeout). */
  waitFor(count: number, timeoutMs?: number): Promise<ExpiryEventMessage[]>;
  close(): Promise<void>;
}

const QUERY = 'subscription { expiringResources { kind resourceType resourceId name expiresAt daysLeft threshold } }';

export async function subscribeExpiries(baseUrl: string, token: string): Promise<ExpirySubscription> {
  const events: ExpiryEventMessage[] = [];
  const client: Client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
  });
  await new Promise<void>((resolve, reject) => {
    const offConnected = client.on('connected', () => {
      offConnected();
      resolve();
    });
    client.on('closed', (event) => reject(new Error(`closed: ${(event as { code?: number }).code}`)));
  });
  let failure: unknown = null;
  const subscribed = new Promise<void>((resolve) => {
    client.subscribe<{ expiringResources: ExpiryEventMessage }>(
      { query: QUERY },
      {
        next: (message) => {
          if (message.data) events.push(message.data.expiringResources);
          if (message.errors) failure = message.errors;
        },
        error: (error) => {
          failure = error;
        },
        complete: () => undefined,
      },
    );
    // The subscribe message is sent at once on an open socket; give the server a moment to register it.
    setTimeout(resolve, 150);
  });
  await subscribed;
  return {
    events,
    waitFor: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count) {
        if (failure) throw new Error(`subscription failed: ${JSON.stringify(failure)}`);
        if (Date.now() > deadline) throw new Error(`expected ${count} events, got ${events.length}: ${JSON.stringify(events)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return events;
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/** Opens a graphql-ws connection and resolves with the close code the server sends. */
export async function connectionCloseCode(baseUrl: string, connectionParams: Record<string, unknown>): Promise<number> {
  return new Promise((resolve) => {
    const client = createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams,
      lazy: false,
      retryAttempts: 0,
      // The close is what this helper reports; the client would otherwise print it as an error.
      onNonLazyError: () => undefined,
      on: { closed: (event) => resolve((event as { code: number }).code) },
    });
    client.on('connected', () => undefined);
  });
}
