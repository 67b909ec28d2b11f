import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';
import type { Transaction } from '../../db/transaction.js';
import type { ResourceLicense } from '../expiry/index.js';
import { Agent } from './agent.entity.js';

/** What a license change reads of an agent, under its row lock. */
export type AgentLicenseState = Pick<Agent, 'id' | 'name' | 'expiresAt' | 'permanent' | 'deletedAt'>;
/** What the channel needs to answer a message without asking the database. */
export type AgentSnapshot = Pick<Agent, 'id' | 'channelToken' | 'flow' | 'expiresAt' | 'permanent'>;
/** A live, timed agent and its expiry. */
export type ExpiringAgent = Pick<Agent, 'id' | 'name'> & { readonly expiresAt: Date };
export type NewAgent = Pick<Agent, 'id' | 'name' | 'flow' | 'channelToken' | 'createdAt'>;

const SNAPSHOTS = 'SELECT id, channel_token AS "channelToken", flow, expires_at AS "expiresAt", permanent FROM agent WHERE deleted_at IS NULL';

/** The `agent` table: the only code that reads or writes it (list pages of other modules join it, see table-ownership.test.ts). */
export const agentRepository = {
  /** Inserts at once (not at commit): grants owed to the new agent are computed in the same transaction. */
  async insert(tx: Transaction, agent: NewAgent): Promise<void> {
    tx.em.persist(tx.em.create(Agent, agent));
    await tx.em.flush();
  },

  /** A live agent read from the database, never from an identity map that may hold an older copy. */
  findLive(em: EntityManager, id: string): Promise<Agent | null> {
    return em.findOne(Agent, { id, deletedAt: null }, { disableIdentityMap: true });
  },

  /** A newest-first page (first + 1 rows) of live agents whose name contains `search` (any case), and the total. */
  async page(em: EntityManager, first: number, afterSeq: string | null, search: string): Promise<{ rows: Agent[]; total: number }> {
    const named = search === '' ? {} : { name: { $ilike: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } };
    const [rows, total] = await Promise.all([
      em.find(Agent, { deletedAt: null, ...named, ...(afterSeq ? { seq: { $lt: afterSeq } } : {}) }, { orderBy: { seq: 'desc' }, limit: first + 1 }),
      em.count(Agent, { deletedAt: null, ...named }),
    ]);
    return { rows, total };
  },

  /** A live agent, row-locked; changes to it are written at commit. */
  lockLive(tx: Transaction, id: string): Promise<Agent | null> {
    return tx.em.findOne(Agent, { id, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  },

  /** An agent's license state (deleted ones too: the rules refuse them), its row locked for an extension. */
  async lockForLicense(tx: Transaction, id: string): Promise<AgentLicenseState | null> {
    const [row] = await sql<AgentLicenseState>(
      tx.em,
      'SELECT id, name, expires_at AS "expiresAt", permanent, deleted_at AS "deletedAt" FROM agent WHERE id = ? FOR UPDATE',
      [id],
      { dates: ['expiresAt', 'deletedAt'] },
    );
    return row ?? null;
  },

  async extendLicense(tx: Transaction, id: string, license: ResourceLicense): Promise<void> {
    await tx.em.nativeUpdate(Agent, { id }, { expiresAt: license.expiresAt, permanent: license.permanent });
  },

  /** Live, timed agents whose license ends at or before `t`, soonest first (an index range). */
  expiringBefore(em: EntityManager, t: Date): Promise<ExpiringAgent[]> {
    return sql<ExpiringAgent>(
      em,
      'SELECT id, name, expires_at AS "expiresAt" FROM agent WHERE deleted_at IS NULL AND NOT permanent AND expires_at <= ? ORDER BY expires_at',
      [t],
      { dates: ['expiresAt'] },
    );
  },

  /** Every live agent's snapshot, or one agent's (none when deleted or unknown). */
  /** SPEC 13 `license_agent_expiry_timestamp_seconds`: every live agent that has (or had) a license. */
  licensed(em: EntityManager): Promise<Pick<Agent, 'id' | 'name' | 'expiresAt' | 'permanent'>[]> {
    return sql(em, 'SELECT id, name, expires_at AS "expiresAt", permanent FROM agent WHERE deleted_at IS NULL AND (expires_at IS NOT NULL OR permanent)', [], {
      dates: ['expiresAt'],
    });
  },

  snapshots(em: EntityManager, id?: string): Promise<AgentSnapshot[]> {
    return sql<AgentSnapshot>(em, id === undefined ? SNAPSHOTS : `${SNAPSHOTS} AND id = ?`, id === undefined ? [] : [id], { dates: ['expiresAt'] });
  },
};
