import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { sql } from '../../db/sql.js';
import type { PgBus } from '../../events/pg-bus.js';
import type { Flow } from '../agent/flow.rules.js';
import type { ResourceLicense } from '../license/license.rules.js';

/** What the channel needs to answer a message without asking the database. */
export interface AgentSnapshot extends ResourceLicense {
  readonly id: string;
  readonly channelToken: string;
  readonly flow: Flow;
}

interface AgentRow {
  id: string;
  channel_token: string;
  flow: Flow;
  expires_at: Date | null;
  permanent: boolean;
}

const LIVE_AGENTS = 'SELECT id, channel_token, flow, expires_at, permanent FROM agent WHERE deleted_at IS NULL';

/**
 * Every live agent's token, flow and expiry, in memory, so the per-message license check costs no
 * database round trip. Kept fresh on every replica: whoever changes an agent calls `changed()` after
 * committing, which reloads it here and tells the other replicas over the bus to do the same.
 */
export class AgentDirectory {
  private agents = new Map<string, AgentSnapshot>();

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

  /** Refreshes agents here and on every other replica; call after the change has committed. */
  async changed(agentIds: readonly string[]): Promise<void> {
    await Promise.all(agentIds.map((agentId) => this.reload(agentId)));
    await Promise.all(agentIds.map((agentId) => this.bus.publish('agent-changed', { agentId })));
  }

  /** Reloads everything, e.g. after the bus reconnects and may have missed changes. */
  async reloadAll(): Promise<void> {
    const rows = await sql<AgentRow>(this.fork(), LIVE_AGENTS);
    this.agents = new Map(rows.map((row) => [row.id, toSnapshot(row)]));
  }

  private async reload(agentId: string): Promise<void> {
    const rows = await sql<AgentRow>(this.fork(), `${LIVE_AGENTS} AND id = ?`, [agentId]);
    const row = rows[0];
    if (row) this.agents.set(agentId, toSnapshot(row));
    else this.agents.delete(agentId);
  }
}

function toSnapshot(row: AgentRow): AgentSnapshot {
  return { id: row.id, channelToken: row.channel_token, flow: row.flow, expiresAt: row.expires_at, permanent: row.permanent };
}
