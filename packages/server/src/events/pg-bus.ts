import pg from 'pg';
import type { Logger } from 'pino';

/** Topics carried between replicas, with their payloads. */
export interface BusTopics {
  /** An agent's license, token, flow or existence changed; replicas refresh their copy. */
  'agent-changed': { readonly agentId: string };
  /** Certificates were added (upload, grants); replicas drop their cached counts. */
  'certificates-added': Record<string, never>;
  /** A user's access changed (sign-out, revocation, disabling, role); replicas drop cached viewers. */
  'access-changed': { readonly userId: string };
  /** An expiry event for `expiringResources` subscribers. */
  'expiry-event': { readonly event: unknown };
  /** The high-water mark of license time moved later; replicas raise their copy. */
  'clock-advanced': { readonly highWater: string };
  /** The test hook reset the high-water mark (maybe earlier); replicas read the row again. */
  'clock-reset': Record<string, never>;
}
export type BusTopic = keyof BusTopics;

const CHANNEL = 'license_bus';

/**
 * Cross-replica messages over PostgreSQL LISTEN/NOTIFY (which the embedded server has too): every
 * replica, the sender included, receives every message once it is published after a commit.
 */
export class PgBus {
  private client: pg.Client | null = null;
  private readonly handlers = new Map<BusTopic, Set<(payload: never) => void>>();
  private closed = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
    /** Called after a lost connection is re-established, since messages may have been missed. */
    private readonly onReconnect: () => void = () => {},
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (message) => this.dispatch(message.payload));
    client.on('error', (error) => {
      this.logger.error({ err: error }, 'lost the LISTEN connection; reconnecting');
      void this.reconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  on<T extends BusTopic>(topic: T, handler: (payload: BusTopics[T]) => void): () => void {
    const set = this.handlers.get(topic) ?? new Set();
    set.add(handler);
    this.handlers.set(topic, set);
    return () => set.delete(handler);
  }

  async publish<T extends BusTopic>(topic: T, payload: BusTopics[T]): Promise<void> {
    if (!this.client) throw new Error('the bus is not started');
    await this.client.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ topic, payload })]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private dispatch(raw: string | undefined): void {
    if (!raw) return;
    try {
      const message = JSON.parse(raw) as { topic: BusTopic; payload: never };
      for (const handler of this.handlers.get(message.topic) ?? []) handler(message.payload);
    } catch (error) {
      this.logger.error({ err: error }, 'bad message on the bus');
    }
  }

  private async reconnect(): Promise<void> {
    const old = this.client;
    this.client = null;
    await old?.end().catch(() => undefined);
    for (let attempt = 1; !this.closed; attempt += 1) {
      try {
        await this.start();
        this.onReconnect();
        return;
      } catch (error) {
        this.logger.warn({ err: error, attempt }, 'bus reconnect failed');
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** attempt)));
      }
    }
  }
}
