import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock/clock.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { badInput } from '../../graphql/domain-error.js';
import type { AuditService } from '../audit/index.js';
import type { Viewer } from '../auth/index.js';
import type { AgentDirectory } from './agent-directory.js';
import type { Agent } from './agent.entity.js';
import { agentNotFound } from './agent.errors.js';
import { agentRepository } from './agent.repository.js';
import { DEFAULT_FLOW, type Flow } from './flow.rules.js';

const newChannelToken = (): string => `lmc_${randomBytes(24).toString('base64url')}`;

/**
 * Runs inside the transaction that created an agent. Modules above this one register what a new agent
 * owes them at wiring time (the license module: an open unlimited window's grant, SPEC 3.4), so this
 * module needs no import of theirs.
 */
export type AgentCreatedHook = (tx: Transaction, agentId: string, now: Date) => Promise<void>;

/** Agents: creation, flows, channel tokens, soft deletion. Ids are UUIDs, checked by the caller. */
export class AgentService {
  private readonly createdHooks: AgentCreatedHook[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly directory: AgentDirectory,
  ) {}

  onCreated(hook: AgentCreatedHook): void {
    this.createdHooks.push(hook);
  }

  async create(em: EntityManager, viewer: Viewer, rawName: string): Promise<Agent> {
    const name = rawName.trim();
    if (name === '') throw badInput('An agent needs a name.');
    const now = this.clock.now();
    const id = randomUUID();
    await inTransaction(em, async (tx) => {
      await agentRepository.insert(tx, { id, name, flow: DEFAULT_FLOW, channelToken: newChannelToken(), createdAt: now });
      this.audit.record(tx.em, { actorId: viewer.userId, action: 'AGENT_CREATED', resourceType: 'AGENT', resourceId: id, summary: `Created agent "${name}"` });
      for (const hook of this.createdHooks) await hook(tx, id, now);
      this.directory.changedIn(tx, id);
    });
    return (await agentRepository.findLive(em, id))!;
  }

  /** A live agent, or null when unknown or deleted. */
  get(em: EntityManager, id: string): Promise<Agent | null> {
    return agentRepository.findLive(em, id);
  }

  /** A newest-first page (first + 1 rows) of live agents, optionally only those whose name contains `search`. */
  page(em: EntityManager, first: number, afterSeq: string | null, search: string | null): Promise<{ rows: Agent[]; total: number }> {
    return agentRepository.page(em, first, afterSeq, search?.trim() ?? '');
  }

  async updateFlow(em: EntityManager, id: string, flow: Flow): Promise<Agent> {
    return this.change(em, id, (a) => {
      a.flow = { greeting: flow.greeting, rules: flow.rules.map((r) => ({ match: r.match, reply: r.reply })), fallback: flow.fallback };
    });
  }

  async rotateChannelToken(em: EntityManager, id: string): Promise<Agent> {
    return this.change(em, id, (a) => {
      a.channelToken = newChannelToken();
    });
  }

  /** Soft-deletes an agent: its channel stops at once and its licenses show EXPIRED (SPEC 4). */
  async delete(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
    await this.change(em, id, (a, tx) => {
      a.deletedAt = this.clock.now();
      this.audit.record(tx.em, {
        actorId: viewer.userId,
        action: 'AGENT_DELETED',
        resourceType: 'AGENT',
        resourceId: id,
        summary: `Deleted agent "${a.name}"`,
      });
    });
    return true;
  }

  private change(em: EntityManager, id: string, apply: (agent: Agent, tx: Transaction) => void): Promise<Agent> {
    return inTransaction(em, async (tx) => {
      const found = await agentRepository.lockLive(tx, id);
      if (!found) throw agentNotFound(id);
      apply(found, tx);
      this.directory.changedIn(tx, id);
      return found;
    });
  }
}
