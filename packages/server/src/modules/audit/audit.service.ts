import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock/clock.js';
import { userRepository } from '../auth/index.js';
import { AuditEvent, type AuditAction } from './audit-event.entity.js';

export type AuditEventView = AuditEvent & { readonly actorEmail: string | null };

export interface AuditEntry {
  readonly actorId: string | null;
  readonly action: AuditAction;
  readonly resourceType?: string | null;
  readonly resourceId?: string | null;
  readonly summary: string;
  readonly details?: Record<string, unknown>;
}

/** The audit log: written inside the caller's transaction, so an entry exists exactly when its change does. */
export class AuditService {
  constructor(private readonly clock: Clock) {}

  record(em: EntityManager, entry: AuditEntry): void {
    em.persist(
      em.create(AuditEvent, {
        id: randomUUID(),
        at: this.clock.now(),
        actorId: entry.actorId,
        action: entry.action,
        resourceType: entry.resourceType ?? null,
        resourceId: entry.resourceId ?? null,
        summary: entry.summary,
        details: entry.details ?? {},
      }),
    );
  }

  /** A newest-first page (first + 1 rows), each event with its actor's email, and how many there are. */
  async list(em: EntityManager, first: number, afterSeq: string | null): Promise<{ rows: AuditEventView[]; total: number }> {
    const [rows, total] = await Promise.all([
      em.find(AuditEvent, afterSeq ? { seq: { $lt: afterSeq } } : {}, { orderBy: { seq: 'desc' }, limit: first + 1 }),
      em.count(AuditEvent, {}),
    ]);
    const emails = await userRepository.emailsOf(
      em,
      rows.map((r) => r.actorId).filter((id): id is string => id !== null),
    );
    return { rows: rows.map((row) => Object.assign(row, { actorEmail: row.actorId ? (emails.get(row.actorId) ?? null) : null })), total };
  }

  /** SPEC 12 export: the whole log, newest first, in keyset batches kept out of the identity map. */
  async *exportBatches(em: EntityManager, batchSize: number): AsyncGenerator<AuditEventView[]> {
    let afterSeq: string | null = null;
    for (;;) {
      const rows: AuditEvent[] = await em.find(AuditEvent, afterSeq ? { seq: { $lt: afterSeq } } : {}, {
        orderBy: { seq: 'desc' },
        limit: batchSize,
        disableIdentityMap: true,
      });
      if (rows.length === 0) return;
      const emails = await userRepository.emailsOf(
        em,
        rows.map((r) => r.actorId).filter((id): id is string => id !== null),
      );
      yield rows.map((row) => Object.assign(row, { actorEmail: row.actorId ? (emails.get(row.actorId) ?? null) : null }));
      if (rows.length < batchSize) return;
      afterSeq = rows[rows.length - 1]!.seq;
    }
  }
}
