import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock/clock.js';
import { sql } from '../../db/sql.js';
import type { ResourceLicense } from '../license/license.rules.js';
import { Platform } from './platform.entity.js';

export interface PlatformLicense extends ResourceLicense {
  readonly instanceId: string;
}

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

  /**
   * The platform's instance id and license facts in one read, fresh (never from the identity map) so
   * checks see the latest. The row exists from the first start on (`ensure`).
   */
  async license(em: EntityManager): Promise<PlatformLicense> {
    const [row] = await sql<{ instance_id: string; expires_at: Date | null; permanent: boolean }>(
      em,
      'SELECT instance_id, expires_at, permanent FROM platform WHERE id = 1',
    );
    if (!row) throw new Error('the platform row is missing');
    return { instanceId: row.instance_id, expiresAt: row.expires_at, permanent: row.permanent };
  }
}
