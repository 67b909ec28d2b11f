import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig, startServer, type RunningServer } from '@licensing/server';
import type pg from 'pg';
import { createTestDatabase, withClient, type TestDatabase } from './database.js';
import { GraphQLTestClient, type GraphQLResponse } from './graphql-client.js';
import { devVendorKey, issuePackage, type TestCertificate } from './licenses.js';
import { postTestHook } from './process.js';

export const UPLOAD_MUTATION = 'mutation($file: Upload!) { uploadLicensePackage(file: $file) { imported { id } skipped { id } } }';

export type UploadResponse = GraphQLResponse<{ uploadLicensePackage: { imported: { id: string }[]; skipped: { id: string }[] } }> & { ids: string[] };

export const ADMIN_EMAIL = 'admin@test.example';
export const ADMIN_PASSWORD = 'correct horse battery';

export interface TestServer {
  readonly url: string;
  /** The server's DATA_DIR (where its development vendor key lives). */
  readonly dataDir: string;
  /** The platform instance id. */
  instanceId(): Promise<string>;
  /** Freezes the license clock at an instant (or back to real time with null), through the test hook. */
  setClock(now: Date | null): Promise<void>;
  /** Runs the grant, reminder and expiry sweep now, through the test hook. */
  sweep(): Promise<void>;
  /** Signs certificates for this instance with its development key and uploads them as the admin. */
  upload(certificates: readonly TestCertificate[], client?: GraphQLTestClient): Promise<UploadResponse>;
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
  const instanceId = async (): Promise<string> =>
    (await withClient(db.url, (c) => c.query<{ instance_id: string }>('SELECT instance_id FROM platform'))).rows[0]!.instance_id;
  const hook = (path: string, body: unknown): Promise<void> => postTestHook(server.url, path, body);
  const admin = async (): Promise<GraphQLTestClient> => client(await client().login(ADMIN_EMAIL, ADMIN_PASSWORD));
  return {
    url: server.url,
    dataDir,
    instanceId,
    setClock: (now) => hook('clock', { now: now?.toISOString() ?? null }),
    sweep: () => hook('sweep', {}),
    upload: async (certificates, as) => {
      const pkg = await issuePackage(await devVendorKey(dataDir), await instanceId(), certificates);
      const result = await (as ?? (await admin())).upload<{ uploadLicensePackage: { imported: { id: string }[]; skipped: { id: string }[] } }>(
        UPLOAD_MUTATION,
        {
          name: 'test.lcs',
          content: pkg.content,
        },
      );
      return { ...result, ids: pkg.ids };
    },
    databaseUrl: db.url,
    server,
    client,
    admin,
    sql: async <T extends pg.QueryResultRow>(text: string, values?: unknown[]) => withClient(db.url, async (c) => (await c.query<T>(text, values)).rows),
    stop: async () => {
      await server.close();
      if (!database) await db.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
