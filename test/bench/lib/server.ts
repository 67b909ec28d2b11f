import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIND, createAgent } from '../../support/agents.js';
import { withClient } from '../../support/database.js';
import { GraphQLTestClient } from '../../support/graphql-client.js';
import { devVendorKey, issuePackage, type TestCertificate } from '../../support/licenses.js';
import { freePort } from '../../support/ports.js';
import { postTestHook, REPO_ROOT, spawnServer, waitForOk, type ServerProcess } from '../../support/process.js';

export const ADMIN_EMAIL = 'admin@bench.example';
export const ADMIN_PASSWORD = 'bench password, long enough';
export const UPLOAD_MUTATION = 'mutation($file: Upload!) { uploadLicensePackage(file: $file) { imported { id } skipped { id } } }';

export interface UploadResult {
  readonly imported: number;
  readonly skipped: number;
  readonly errors: unknown;
}

const BASELINES = join(REPO_ROOT, 'test/bench/baselines');
/** Entry scripts of the baselines the bench builds itself (see README.md). */
export const BASELINE_ENTRY = {
  /** P1: the product with its license check taken out. */
  unlicensedChannel: join(BASELINES, 'unlicensed-channel.ts'),
  /** P2: the product with its `licenses` resolver answering 50 static rows. */
  productStaticLicenses: join(BASELINES, 'product-static-licenses.ts'),
  /** P2-bare: Apollo Server alone answering the committed SDL from the same 50 rows. */
  bareApolloLicenses: join(BASELINES, 'bare-apollo-licenses.ts'),
} as const;

/** The real server (or a baseline) as a process of its own, compiled (`node packages/server/dist/main.js`), test hooks on. */
export interface BenchServer {
  readonly name: string;
  readonly url: string;
  readonly dataDir: string;
  readonly databaseUrl: string;
  readonly process: ServerProcess;
  /** POST /__test__/<path>; resolves once it answered 200. */
  hook(path: 'clock' | 'sweep' | 'deliver', body: unknown): Promise<void>;
  /** A client signed in as the initial admin (one login per server, cached). */
  admin(): Promise<GraphQLTestClient>;
  instanceId(): Promise<string>;
  /** Signs certificates for this instance with its development key and assembles a package. */
  issue(certificates: readonly TestCertificate[]): Promise<{ content: string; ids: string[] }>;
  /** Uploads a package as the admin; resolves with the counts (errors when refused). */
  upload(content: string, name?: string): Promise<UploadResult>;
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly name: string;
  readonly databaseUrl: string;
  /** Share a DATA_DIR (and so the development vendor key) with other replicas; the caller removes it. */
  readonly dataDir?: string;
  readonly env?: Record<string, string>;
  /** Write a V8 CPU profile of the server into this folder when it stops. */
  readonly cpuProfDir?: string | null;
  /** The script to run instead of the server's main.ts: one that answers /readyz on $PORT when ready. */
  readonly entry?: string;
}

export async function startBenchServer(options: StartOptions): Promise<BenchServer> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'license-bench-data-')));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const nodeArgs: string[] = [];
  if (options.cpuProfDir) {
    // One folder per server: every thread (main, and tsx's loader worker) writes a profile of its own.
    const dir = join(options.cpuProfDir, `${options.name}-${Date.now()}`);
    await mkdir(dir, { recursive: true });
    nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
  }
  const child = spawnServer(
    {
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      LICENSE_TEST_HOOKS: '1',
      LOG_LEVEL: 'warn',
      // The periodic sweep never runs during a measurement; P4 sweeps through the test hook.
      REMINDER_SWEEP_SECONDS: '86400',
      // Throughput is what the bench measures: the per-user and per-agent rate limits are off.
      GRAPHQL_RATE_LIMIT_PER_MINUTE: '0',
      CHANNEL_RATE_LIMIT_PER_MINUTE: '0',
      ...options.env,
    },
    // What ships: the compiled product, as `pnpm start` runs it (run.ts builds it first).
    { entry: options.entry, nodeArgs, compiled: true },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([
      waitForOk(`${url}/readyz`, 120_000),
      child.exited.then((code) => {
        throw new Error(`server ${options.name} exited with ${code} before it was ready:\n${child.output()}`);
      }),
    ]);
  } catch (error) {
    child.child.kill('SIGKILL');
    await child.exited;
    if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  let admin: Promise<GraphQLTestClient> | null = null;
  let instance: Promise<string> | null = null;
  const server: BenchServer = {
    name: options.name,
    url,
    dataDir,
    databaseUrl: options.databaseUrl,
    process: child,
    hook: (path, body) => postTestHook(url, path, body),
    admin: () => {
      admin ??= (async () => {
        const anonymous = new GraphQLTestClient(url);
        return new GraphQLTestClient(url, await anonymous.login(ADMIN_EMAIL, ADMIN_PASSWORD));
      })();
      return admin;
    },
    instanceId: () => {
      instance ??= withClient(
        options.databaseUrl,
        async (c) => (await c.query<{ instance_id: string }>('SELECT instance_id FROM platform')).rows[0]!.instance_id,
      );
      return instance;
    },
    issue: async (certificates) => issuePackage(await devVendorKey(dataDir), await server.instanceId(), certificates),
    upload: async (content, name = 'bench.lcs') => {
      const client = await server.admin();
      const result = await client.upload<{ uploadLicensePackage: { imported: unknown[]; skipped: unknown[] } }>(UPLOAD_MUTATION, { name, content });
      const data = result.data?.uploadLicensePackage;
      return { imported: data?.imported.length ?? 0, skipped: data?.skipped.length ?? 0, errors: result.errors };
    },
    sql: async <T>(text: string, values?: unknown[]) => withClient(options.databaseUrl, async (c) => (await c.query(text, values)).rows as T[]),
    stop: async () => {
      if (child.child.exitCode === null && child.child.signalCode === null) {
        child.child.kill('SIGTERM');
        const timer = setTimeout(() => child.child.kill('SIGKILL'), 15_000);
        await child.exited;
        clearTimeout(timer);
      }
      if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

/**
 * Starts several servers at once; every one that started is added to `started` (for the caller to stop),
 * even when another failed — only then does it reject.
 */
export async function startServers(list: readonly StartOptions[], started: BenchServer[]): Promise<BenchServer[]> {
  const settled = await Promise.allSettled(list.map((options) => startBenchServer(options)));
  const servers = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  started.push(...servers);
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  return servers;
}

/** Signs in, licenses the platform and makes `count` agents, each bound to an agent certificate of its own. */
export async function licensedAgents(server: BenchServer, count: number, days = 365): Promise<{ id: string; channelToken: string }[]> {
  const admin = await server.admin();
  const pkg = await server.issue([{ type: 'PLATFORM', days }, ...Array.from({ length: count }, () => ({ type: 'AGENT' as const, days }))]);
  const upload = await server.upload(pkg.content);
  if (upload.errors) throw new Error(`upload refused: ${JSON.stringify(upload.errors)}`);
  const agents: { id: string; channelToken: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const agent = await createAgent(admin, `Bench agent ${i + 1}`);
    await admin.data(BIND, { l: pkg.ids[i + 1], a: agent.id });
    agents.push(agent);
  }
  return agents;
}
