import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock/clock.js';
import { decodeCursor, toConnection, type Connection } from '../../graphql/connection.js';
import { User } from '../auth/user.entity.js';
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

  /** A newest-first page, each event with its actor's email. */
  async list(em: EntityManager, first: number, after: string | null | undefined): Promise<Connection<AuditEventView>> {
    const cursor = decodeCursor(after);
    const [rows, total] = await Promise.all([
      em.find(AuditEvent, cursor ? { seq: { $lt: cursor } } : {}, { orderBy: { seq: 'desc' }, limit: first + 1 }),
      em.count(AuditEvent, {}),
    ]);
    const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
    const emails = new Map((await em.find(User, { id: { $in: actorIds } })).map((u) => [u.id, u.email]));
    return toConnection(rows, first, total, (row) => Object.assign(row, { actorEmail: row.actorId ? (emails.get(row.actorId) ?? null) : null }));
  }
}
