import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { PgBus } from '../../events/pg-bus.js';
import type { Transaction } from '../../db/transaction.js';
import { agentRepository, type AgentSnapshot } from './agent.repository.js';

/**
 * Every live agent's token, flow and expiry, in memory, so the per-message license check costs no
 * database round trip. Kept fresh on every replica: whoever changes an agent calls `changedIn(tx)`,
 * which after the commit reloads it here and tells the other replicas over the bus to do the same.
 */
export class AgentDirectory {
  private agents = new Map<string, AgentSnapshot>();
  private changes = 0;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly bus: PgBus,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.bus.on('agent-changed', ({ agentId }) => {
      this.reload(agentId).catch((error: unknown) => this.logger.error({ err: error, agentId }, 'could not refresh an agent'));
    });
    await this.reloadAll();
  }

  get(id: string): AgentSnapshot | undefined {
    return this.agents.get(id);
  }

  /**
   * Moves on at every reload (one agent, or all after a reconnect), once the committed change is readable:
   * what was derived from the agent rows at an older version may be stale (the /metrics agent section).
   */
  get version(): number {
    return this.changes;
  }

  /** Refreshes the agent here and on every other replica once `tx` has committed (once per agent and transaction). */
  changedIn(tx: Transaction, agentId: string): void {
    tx.afterCommit(async () => {
      await this.reload(agentId);
      await this.bus.publish('agent-changed', { agentId });
    }, `agent-changed:${agentId}`);
  }

  /** Reloads everything, e.g. after the bus reconnects and may have missed changes. */
  async reloadAll(): Promise<void> {
    const rows = await agentRepository.snapshots(this.fork());
    this.agents = new Map(rows.map((row) => [row.id, row]));
    this.changes += 1;
  }

  private async reload(agentId: string): Promise<void> {
    const [row] = await agentRepository.snapshots(this.fork(), agentId);
    if (row) this.agents.set(agentId, row);
    else this.agents.delete(agentId);
    this.changes += 1;
  }
}
