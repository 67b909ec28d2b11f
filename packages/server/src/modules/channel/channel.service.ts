import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock/clock.js';
import { DomainError } from '../../graphql/domain-error.js';
import { replyTo, type AgentDirectory, type AgentSnapshot } from '../agent/index.js';
import type { AuditService } from '../audit/index.js';
import { resourceStatus } from '../expiry/index.js';
import type { MetricCounters } from '../metrics/index.js';
import { ChannelMessage, type MessageSource } from './channel-message.entity.js';
import { sameSecret } from '../../security/same-secret.js';

export type MessageOutcome =
  | { readonly kind: 'REPLIED'; readonly replies: readonly { text: string }[] }
  | { readonly kind: 'UNKNOWN_AGENT' }
  | { readonly kind: 'BAD_TOKEN' }
  | { readonly kind: 'REFUSED'; readonly expiredAt: Date | null };

export const agentLicenseInactive = (expiredAt: Date | null): DomainError =>
  new DomainError(
    'AGENT_LICENSE_INACTIVE',
    expiredAt === null
      ? 'This agent has no license, so it cannot converse.'
      : `This agent's license expired on ${expiredAt.toISOString()}, so it cannot converse.`,
    { expiredAt: expiredAt?.toISOString() ?? null },
  );

/**
 * Agent messaging (SPEC 6): the license check reads the in-memory directory and compares with the
 * current second; every message, answered or refused, is recorded.
 */
export class ChannelService {
  constructor(
    private readonly clock: Clock,
    private readonly directory: AgentDirectory,
    private readonly audit: AuditService,
    /** SPEC 13 `channel_messages_total`. */
    private readonly counters: MetricCounters,
  ) {}

  /** A message from a channel, authenticated by the agent's channel token. */
  receive(em: EntityManager, agentId: string, token: string | undefined, text: string): Promise<MessageOutcome> {
    const agent = this.directory.get(agentId);
    if (!agent) return Promise.resolve({ kind: 'UNKNOWN_AGENT' });
    if (token === undefined || !sameSecret(token, agent.channelToken)) return Promise.resolve({ kind: 'BAD_TOKEN' });
    return this.answer(em, agent, 'CHANNEL', text, null);
  }

  /** A message from the web app's test chat, sent by a signed-in user (authorized by role). */
  send(em: EntityManager, agentId: string, text: string, senderId: string): Promise<MessageOutcome> {
    const agent = this.directory.get(agentId);
    if (!agent) return Promise.resolve({ kind: 'UNKNOWN_AGENT' });
    return this.answer(em, agent, 'TEST_CHAT', text, senderId);
  }

  /** A newest-first page (first + 1 rows) of what an agent received, and how many there are. */
  async messages(em: EntityManager, agentId: string, first: number, afterSeq: string | null): Promise<{ rows: ChannelMessage[]; total: number }> {
    const [rows, total] = await Promise.all([
      em.find(ChannelMessage, afterSeq ? { agentId, seq: { $lt: afterSeq } } : { agentId }, { orderBy: { seq: 'desc' }, limit: first + 1 }),
      em.count(ChannelMessage, { agentId }),
    ]);
    return { rows, total };
  }

  /** SPEC 6: an agent answers only while its license is active at the current second. */
  protected mayConverse(agent: AgentSnapshot, now: Date): boolean {
    return resourceStatus(agent, now) === 'ACTIVE';
  }

  private async answer(em: EntityManager, agent: AgentSnapshot, source: MessageSource, text: string, senderId: string | null): Promise<MessageOutcome> {
    const now = this.clock.now();
    const licensed = this.mayConverse(agent, now);
    const reply = licensed ? replyTo(agent.flow, text) : null;
    const message = em.create(ChannelMessage, { id: randomUUID(), agentId: agent.id, source, text, reply, refused: !licensed, createdAt: now });
    em.persist(message);
    if (!licensed) {
      this.audit.record(em, {
        actorId: senderId,
        action: 'AGENT_MESSAGE_REFUSED',
        resourceType: 'AGENT',
        resourceId: agent.id,
        summary: 'Refused a message: the agent is not licensed',
        details: { messageId: message.id, source },
      });
    }
    await em.flush();
    this.counters.add('channel_messages_total', { outcome: licensed ? 'replied' : 'refused' });
    return licensed ? { kind: 'REPLIED', replies: [{ text: reply! }] } : { kind: 'REFUSED', expiredAt: agent.expiresAt };
  }
}
