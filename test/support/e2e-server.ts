import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from './database.js';
import { freePort } from './ports.js';
import { postTestHook, REPO_ROOT } from './process.js';

/** The pnpm the README's start command runs (`npx -y pnpm@12.4.2 start`). */
export const PNPM = 'pnpm@12.4.2';

export interface ProductServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** The server's DATA_DIR: the development vendor key and the instance-id file live here. */
  readonly dataDir: string;
  /** The platform instance id, from `$DATA_DIR/instance-id` (written by the server on start). */
  instanceId(): Promise<string>;
  /** Freezes the server's license clock (POST /__test__/clock). */
  setClock(now: Date): Promise<void>;
  /** Runs the grant, reminder and expiry sweep and waits for it (POST /__test__/sweep). */
  sweep(): Promise<void>;
  /** Everything the process printed so far (build and server). */
  output(): string;
  /** Ends the whole process group (npx → pnpm → sh → node), then drops the database and DATA_DIR. */
  stop(): Promise<void>;
}

export interface ProductServerOptions {
  readonly adminEmail: string;
  readonly adminPassword: string;
  /** How long the build plus the start may take. */
  readonly readyTimeoutMs?: number;
}

/**
 * Starts the product the way the README does — `npx -y pnpm@12.4.2 start`, which builds whatever is
 * missing or stale (scripts/build.mjs) and then runs the compiled server with node — as a process group of its own, on a free port, a fresh database and a
 * fresh DATA_DIR, with the test hooks on.
 *
 * The environment is explicit and does not inherit the test worker's: vitest sets NODE_ENV=test there,
 * which would make vite build a development React bundle. Without NODE_ENV, `vite build` uses its
 * production mode (a production React bundle) while the server runs outside production, where
 * LICENSE_TEST_HOOKS=1 is allowed.
 */
export async function startProductServer(options: ProductServerOptions): Promise<ProductServer> {
  const database: TestDatabase = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'license-e2e-data-'));
  // With an embedded database PostgreSQL runs as `postgres` and must enter it; harmless otherwise.
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env.HOME ?? tmpdir(),
    ...(process.env.TMPDIR !== undefined && { TMPDIR: process.env.TMPDIR }),
    ...(process.env.npm_config_cache !== undefined && { npm_config_cache: process.env.npm_config_cache }),
    PORT: String(port),
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    ADMIN_EMAIL: options.adminEmail,
    ADMIN_PASSWORD: options.adminPassword,
    LICENSE_TEST_HOOKS: '1',
    LOG_LEVEL: 'warn',
    REMINDER_SWEEP_SECONDS: '86400',
  };

  let output = '';
  const child = spawn('npx', ['-y', PNPM, 'start'], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
      resolve();
    }),
  );
  const pid = child.pid;

  const groupAlive = (): boolean => {
    if (pid === undefined) return false;
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const killGroup = async (): Promise<void> => {
    if (pid === undefined || !groupAlive()) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
    const deadline = Date.now() + 15_000;
    while (groupAlive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive()) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  const cleanUp = async (): Promise<void> => {
    await killGroup();
    await database.drop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(
      `${url}/readyz`,
      options.readyTimeoutMs ?? 90_000,
      () => exitCode,
      () => output,
    );
  } catch (error) {
    await cleanUp();
    throw error;
  }

  const hook = (path: string, body: unknown): Promise<void> => postTestHook(url, path, body);

  return {
    url,
    dataDir,
    instanceId: async () => (await readFile(join(dataDir, 'instance-id'), 'utf8')).trim(),
    setClock: (now) => hook('clock', { now: now.toISOString() }),
    sweep: () => hook('sweep', {}),
    output: () => output,
    stop: async () => {
      await cleanUp();
      await Promise.race([exited, new Promise((r) => setTimeout(r, 1000))]);
    },
  };
}

/** Polls until the URL answers 200; fails at once, with the output, if the process ends first. */
async function waitUntilReady(url: string, timeoutMs: number, exitCode: () => number | null | undefined, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const code = exitCode();
    if (code !== undefined) throw new Error(`The product (npx -y ${PNPM} start) exited with ${code} before it was ready:\n${tail(output())}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet (still building)
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms. Output:\n${tail(output())}`);
}

export function tail(text: string, chars = 3000): string {
  return text.length > chars ? `…${text.slice(-chars)}` : text;
}
