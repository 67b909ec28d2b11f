import { randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock/clock.js';
import { decodeCursor, toConnection, type Connection } from '../../graphql/connection.js';
import { badInput } from '../../graphql/domain-error.js';
import { isUuid } from '../../graphql/ids.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { AgentDirectory } from '../channel/agent-directory.js';
import type { LicenseService } from '../license/license.service.js';
import { Agent } from './agent.entity.js';
import { agentNotFound } from './agent.errors.js';
import { DEFAULT_FLOW, type Flow } from './flow.rules.js';

const newChannelToken = (): string => `lmc_${randomBytes(24).toString('base64url')}`;

/** Agents: creation (with any unlimited grant owed), flows, channel tokens, soft deletion. */
export class AgentService {
  constructor(
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly licenses: LicenseService,
    private readonly directory: AgentDirectory,
  ) {}

  async create(em: EntityManager, viewer: Viewer, rawName: string): Promise<Agent> {
    const name = rawName.trim();
    if (name === '') throw badInput('An agent needs a name.');
    const now = this.clock.now();
    const id = randomUUID();
    const { changes } = await em.transactional(async (tx) => {
      tx.persist(tx.create(Agent, { id, name, flow: DEFAULT_FLOW, channelToken: newChannelToken(), createdAt: now }));
      this.audit.record(tx, { actorId: viewer.userId, action: 'AGENT_CREATED', resourceType: 'AGENT', resourceId: id, summary: `Created agent "${name}"` });
      await tx.flush();
      // SPEC 3.4: an agent created inside an unlimited window is granted a license at once.
      return this.licenses.grantOpenWindows(tx, now, [id]);
    });
    await this.licenses.afterCommit([id], changes, changes.length > 0);
    return this.get(em.fork(), id).then((agent) => agent!);
  }

  /** A live agent, or null when unknown or deleted. */
  async get(em: EntityManager, id: string): Promise<Agent | null> {
    if (!isUuid(id)) return null;
    return em.findOne(Agent, { id, deletedAt: null }, { refresh: true });
  }

  /** A newest-first page of live agents, optionally only those whose name contains `search` (any case). */
  async page(em: EntityManager, first: number, after: string | null | undefined, search: string | null): Promise<Connection<Agent>> {
    const cursor = decodeCursor(after);
    const term = search?.trim() ?? '';
    const named = term === '' ? {} : { name: { $ilike: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } };
    const [rows, total] = await Promise.all([
      em.find(Agent, { deletedAt: null, ...named, ...(cursor ? { seq: { $lt: cursor } } : {}) }, { orderBy: { seq: 'desc' }, limit: first + 1 }),
      em.count(Agent, { deletedAt: null, ...named }),
    ]);
    return toConnection(rows, first, total, (row) => row);
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
      this.audit.record(tx, { actorId: viewer.userId, action: 'AGENT_DELETED', resourceType: 'AGENT', resourceId: id, summary: `Deleted agent "${a.name}"` });
    });
    return true;
  }

  private async change(em: EntityManager, id: string, apply: (agent: Agent, tx: EntityManager) => void): Promise<Agent> {
    if (!isUuid(id)) throw agentNotFound(id);
    const agent = await em.transactional(async (tx) => {
      const found = await tx.findOne(Agent, { id, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!found) throw agentNotFound(id);
      apply(found, tx);
      return found;
    });
    await this.directory.changed([id]);
    return agent;
  }
}
