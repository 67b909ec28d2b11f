import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';
import type { Transaction } from '../../db/transaction.js';
import type { ResourceLicense } from '../expiry/index.js';
import type { Platform } from './platform.entity.js';

/** The platform's instance id and license facts. */
export type PlatformLicense = Pick<Platform, 'instanceId' | 'expiresAt' | 'permanent'>;

// Read with SQL, not the identity map: every check must see the latest committed license.
const SELECT = 'SELECT instance_id AS "instanceId", expires_at AS "expiresAt", permanent FROM platform WHERE id = 1';

async function one(em: EntityManager, text: string): Promise<PlatformLicense> {
  const [row] = await sql<PlatformLicense>(em, text, [], { dates: ['expiresAt'] });
  if (!row) throw new Error('the platform row is missing');
  return row;
}

/** The `platform` table (one row, id 1): the only code that reads or writes it. */
export const platformRepository = {
  /** Makes the row on first start; replicas racing here agree, the insert is a no-op for all but one. */
  async ensure(em: EntityManager, instanceId: string, now: Date): Promise<PlatformLicense> {
    await sql(em, 'INSERT INTO platform (id, instance_id, permanent, created_at) VALUES (1, ?, false, ?) ON CONFLICT (id) DO NOTHING', [instanceId, now]);
    return one(em, SELECT);
  },

  read(em: EntityManager): Promise<PlatformLicense> {
    return one(em, SELECT);
  },

  /** Locks the row for an extension; concurrent uploads queue here and never lose time. */
  lock(tx: Transaction): Promise<PlatformLicense> {
    return one(tx.em, `${SELECT} FOR UPDATE`);
  },

  async extendLicense(tx: Transaction, license: ResourceLicense): Promise<void> {
    await sql(tx.em, 'UPDATE platform SET expires_at = ?, permanent = ? WHERE id = 1', [license.expiresAt, license.permanent]);
  },
};
