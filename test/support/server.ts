import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig, startServer, type RunningServer } from '@licensing/server';
import type pg from 'pg';
import { createTestDatabase, withClient, type TestDatabase } from './database.js';
import { GraphQLTestClient } from './graphql-client.js';

export const ADMIN_EMAIL = 'admin@test.example';
export const ADMIN_PASSWORD = 'correct horse battery';

export interface TestServer {
  readonly url: string;
  readonly databaseUrl: string;
  readonly server: RunningServer;
  /** An anonymous client. */
  client(token?: string): GraphQLTestClient;
  /** A client signed in as the initial admin. */
  admin(): Promise<GraphQLTestClient>;
  /** Runs SQL on the server's database (for arranging facts no API may set, like a stale expiry). */
  sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}


/** Starts the real server in this process on a port of its own, over a fresh database. */
export async function startTestServer(env: Record<string, string> = {}, database?: TestDatabase): Promise<TestServer> {
  const db = database ?? (await createTestDatabase());
  const dataDir = await mkdtemp(join(tmpdir(), 'license-test-data-'));
  const config = loadConfig({
    PORT: '0',
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LICENSE_TEST_HOOKS: '1',
    NODE_ENV: 'test',
    ...env,
  });
  const server = await startServer(config, createLogger(process.env.TEST_LOG_LEVEL === 'debug' ? 'debug' : 'silent'));
  const client = (token?: string): GraphQLTestClient => new GraphQLTestClient(server.url, token);
  return {
    url: server.url,
    databaseUrl: db.url,
    server,
    client,
    admin: async () => client(await client().login(ADMIN_EMAIL, ADMIN_PASSWORD)),
    sql: async (text, values) => withClient(db.url, async (c) => (await c.query(text, values)).rows),
    stop: async () => {
      await server.close();
      if (!database) await db.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
