import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock/clock.js';
import { sql } from '../../db/sql.js';
import type { ResourceLicense } from '../license/license.rules.js';
import { Platform } from './platform.entity.js';

/** Reads and creates the platform singleton. */
export class PlatformService {
  constructor(private readonly clock: Clock) {}

  /**
   * Makes the platform row on first start, with the configured instance id or a new one. Replicas
   * racing here agree: the insert is a no-op for all but the first.
   */
  async ensure(em: EntityManager, configuredInstanceId: string | null): Promise<Platform> {
    await sql(em, 'INSERT INTO platform (id, instance_id, permanent, created_at) VALUES (1, ?, false, ?) ON CONFLICT (id) DO NOTHING', [
      configuredInstanceId ?? randomUUID(),
      this.clock.now(),
    ]);
    return em.findOneOrFail(Platform, 1);
  }

  async get(em: EntityManager): Promise<Platform> {
    return em.findOneOrFail(Platform, 1);
  }

  /** The platform's license facts, read fresh (never from the identity map) so checks see the latest. */
  async license(em: EntityManager): Promise<ResourceLicense> {
    const rows = await sql<{ expires_at: Date | null; permanent: boolean }>(em, 'SELECT expires_at, permanent FROM platform WHERE id = 1');
    const row = rows[0];
    return row ? { expiresAt: row.expires_at, permanent: row.permanent } : { expiresAt: null, permanent: false };
  }
}
