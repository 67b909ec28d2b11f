import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../../support/process.js';
import { withClient } from '../../support/database.js';

/** A fresh database of its own for one scenario; `drop` removes it (even with connections left open). */
export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** Where scenario databases are made: DATABASE_URL's server, or one embedded PostgreSQL for the run. */
export interface DatabaseHost {
  readonly kind: 'DATABASE_URL' | 'embedded';
  readonly adminUrl: string;
  create(label: string): Promise<BenchDatabase>;
  stop(): Promise<void>;
}

export async function openDatabaseHost(log: (message: string) => void): Promise<DatabaseHost> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    log(`databases on DATABASE_URL (${redact(configured)})`);
    return host('DATABASE_URL', configured, async () => {});
  }
  const dir = await mkdtemp(join(tmpdir(), 'license-bench-pg-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter this folder.
  await chmod(dir, 0o755);
  log(`starting an embedded PostgreSQL in ${dir} (DATABASE_URL is unset)`);
  const database = await startEmbeddedProcess(dir).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  return host('embedded', database.url, async () => {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  });
}

/** Runs lib/embedded-postgres.ts as a child (see there why), and resolves once it printed its URL. */
async function startEmbeddedProcess(dir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./embedded-postgres.ts', import.meta.url)), dir], {
    cwd: REPO_ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(REPO_ROOT, 'packages/server/tsconfig.json') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let line = '';
    child.stdout.on('data', (chunk: Buffer) => {
      line += chunk.toString();
      const end = line.indexOf('\n');
      if (end >= 0) resolve((JSON.parse(line.slice(0, end)) as { url: string }).url);
    });
    void exited.then((code) => reject(new Error(`the embedded PostgreSQL process exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function host(kind: DatabaseHost['kind'], adminUrl: string, stop: () => Promise<void>): DatabaseHost {
  return {
    kind,
    adminUrl,
    stop,
    create: async (label) => {
      const name = `bench_${label.toLowerCase().replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
      await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        name,
        url: url.toString(),
        drop: async () => {
          await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
        },
      };
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
