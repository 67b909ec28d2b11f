import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

const QUERY = 'subscription { expiringResources { kind resourceType resourceId expiresAt daysLeft threshold } }';

interface EventMessage {
  kind: string;
  resourceId: string;
}

/** One graphql-ws connection with one `expiringResources` subscription; remembers when each resource's events arrived. */
interface Subscriber {
  readonly client: Client;
  /** The replica it is connected to. */
  readonly url: string;
  /** resourceId → arrival times (performance.now() of this process). */
  readonly arrivals: Map<string, number[]>;
}

/** Many subscribers in this process; arrival times are taken in the `next` callback. */
export class SubscriberPool {
  private readonly subscribers: Subscriber[] = [];
  private failures: unknown[] = [];

  get size(): number {
    return this.subscribers.length;
  }

  /** Connects `count` clients to `baseUrl`, `batch` at a time, and subscribes each. */
  async connect(baseUrl: string, token: string, count: number, batch = 100): Promise<void> {
    for (let start = 0; start < count; start += batch) {
      const n = Math.min(batch, count - start);
      await Promise.all(Array.from({ length: n }, () => this.connectOne(baseUrl, token)));
    }
  }

  private async connectOne(baseUrl: string, token: string): Promise<void> {
    const arrivals = new Map<string, number[]>();
    const client = createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: (error) => this.failures.push(error),
    });
    const connected = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('graphql-ws connection timed out')), 30_000);
      client.on('connected', () => {
        clearTimeout(timer);
        resolve();
      });
      client.on('closed', (event) => {
        clearTimeout(timer);
        reject(new Error(`graphql-ws connection closed: ${(event as { code?: number }).code}`));
      });
    });
    try {
      await connected;
    } catch (error) {
      await client.dispose();
      throw error;
    }
    client.subscribe<{ expiringResources: EventMessage }>(
      { query: QUERY },
      {
        next: (message) => {
          const at = performance.now();
          const event = message.data?.expiringResources;
          if (!event) {
            this.failures.push(message.errors ?? message);
            return;
          }
          const list = arrivals.get(event.resourceId);
          if (list) list.push(at);
          else arrivals.set(event.resourceId, [at]);
        },
        error: (error) => this.failures.push(error),
        complete: () => undefined,
      },
    );
    this.subscribers.push({ client, url: baseUrl, arrivals });
  }

  /** How many subscribers have received an event about any of `resourceIds`. */
  receivedAny(resourceIds: readonly string[]): number {
    let n = 0;
    for (const s of this.subscribers) if (resourceIds.some((id) => s.arrivals.has(id))) n += 1;
    return n;
  }

  /** Resolves true once every subscriber has an event about one of `resourceIds`, false after the timeout. */
  async waitForAll(resourceIds: readonly string[], timeoutMs: number): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (this.receivedAny(resourceIds) < this.subscribers.length) {
      if (this.failures.length > 0) throw new Error(`subscription failed: ${String(this.failures[0])}`);
      if (performance.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 5));
    }
    return true;
  }

  /** Who lacks an event about `resourceId`, by replica (for error messages). */
  missing(resourceId: string): string {
    const byUrl = new Map<string, number>();
    for (const s of this.subscribers) if (!s.arrivals.has(resourceId)) byUrl.set(s.url, (byUrl.get(s.url) ?? 0) + 1);
    return [...byUrl].map(([url, n]) => `${n} on ${url}`).join(', ') || 'none';
  }

  /** Each subscriber's delay for `resourceId` since `sentAt`; throws when anyone got it more than once. */
  latencies(resourceId: string, sentAt: number): number[] {
    return this.subscribers.map((s, i) => {
      const list = s.arrivals.get(resourceId) ?? [];
      if (list.length !== 1) throw new Error(`subscriber ${i} received ${list.length} events about ${resourceId}, expected exactly one`);
      return list[0]! - sentAt;
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.subscribers.map(async (s) => s.client.dispose()));
    this.subscribers.length = 0;
  }
}
