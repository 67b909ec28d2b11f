import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../db/embedded-database.js';
import { createLogger } from '../logger.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose role may create databases; each test file makes its own. */
    adminDatabaseUrl: string;
  }
}

/**
 * For every vitest project that touches PostgreSQL (the server's repository tests, test/api, e2e).
 * Uses DATABASE_URL when set (CI points it at the machine's PostgreSQL); otherwise starts an embedded
 * PostgreSQL for the run, so `pnpm test` works on a machine with nothing but Node.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    project.provide('adminDatabaseUrl', configured);
    return async () => {};
  }
  const dir = await mkdtemp(join(tmpdir(), 'license-test-pg-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this folder.
  await chmod(dir, 0o755);
  const database = await startEmbeddedDatabase(dir, createLogger('warn'));
  project.provide('adminDatabaseUrl', database.url);
  return async () => {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
