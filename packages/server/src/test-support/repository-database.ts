import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll } from 'vitest';
import { inTransaction, type Transaction } from '../db/transaction.js';
import { createOrm, migrate } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { agentRepository } from '../modules/agent/index.js';
import { createTestDatabase } from './database.js';

export interface MigratedDatabase {
  readonly orm: MikroORM;
  close(): Promise<void>;
}

/** A fresh database with every migration applied, for one repository test file. */
export async function migratedDatabase(): Promise<MigratedDatabase> {
  const database = await createTestDatabase();
  const logger = createLogger('warn');
  const orm = await createOrm(database.url, logger);
  await migrate(orm, database.url, logger);
  return {
    orm,
    close: async () => {
      await orm.close(true);
      await database.drop();
    },
  };
}

/** A migrated database for the calling test file, made before its tests and dropped after them. */
export function databasePerFile(): () => MikroORM {
  let db: MigratedDatabase | null = null;
  beforeAll(async () => {
    db = await migratedDatabase();
  });
  afterAll(() => db?.close());
  return () => db!.orm;
}

/** Inserts an agent named `name` (created at `createdAt`, never licensed) and returns its id. */
export async function insertAgent(tx: Transaction, name: string, createdAt: Date): Promise<string> {
  const id = randomUUID();
  await agentRepository.insert(tx, { id, name, flow: { greeting: 'hi', rules: [], fallback: '?' }, channelToken: `lmc_${id}`, createdAt });
  return id;
}

const ROLLBACK = new Error('rolled back by the test');

/** Runs `work` in a real transaction and rolls it back, so tests in one file never see each other's rows. */
export async function rolledBack(orm: MikroORM, work: (tx: Transaction) => Promise<void>): Promise<void> {
  await inTransaction(orm.em.fork(), async (tx) => {
    await work(tx);
    throw ROLLBACK;
  }).catch((error: unknown) => {
    if (error !== ROLLBACK) throw error;
  });
}
