import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withClient } from './database.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../packages/server/src/main.ts', import.meta.url));
const COMPILED_MAIN = fileURLToPath(new URL('../../packages/server/dist/main.js', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../../packages/server/tsconfig.json', import.meta.url));

export interface ServerProcess {
  readonly child: ChildProcess;
  /** The environment it was started with (beyond PATH and HOME). */
  readonly env: Readonly<Record<string, string>>;
  output(): string;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
}

export interface SpawnOptions {
  /** Script to run instead of the server's main.ts (the bench's baselines); TypeScript, through tsx. */
  readonly entry?: string;
  /** Node flags before the entry, e.g. `--cpu-prof` (refused in NODE_OPTIONS). */
  readonly nodeArgs?: readonly string[];
  /**
   * Run the compiled product (`pnpm build`'s dist, the `licensing-compiled` export condition), as
   * `pnpm start` does, instead of its TypeScript sources through tsx.
   */
  readonly compiled?: boolean;
}

/** Runs the server (main.ts through tsx's loader, or with `compiled` dist/main.js) as a separate process. */
export function spawnServer(env: Record<string, string>, options: SpawnOptions = {}): ServerProcess {
  let output = '';
  const entry = options.entry ?? (options.compiled ? COMPILED_MAIN : MAIN);
  const args = [
    ...(options.nodeArgs ?? []),
    ...(options.compiled ? ['--conditions=licensing-compiled'] : []),
    ...(entry.endsWith('.ts') ? ['--import', 'tsx'] : []),
    entry,
  ];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TSX_TSCONFIG_PATH: TSCONFIG, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, env, output: () => output, exited };
}

/** Polls until the URL answers 200 or the time runs out. */
export async function waitForOk(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** Calls a test hook (`POST /__test__/<path>`, SPEC 9) of a server started with LICENSE_TEST_HOOKS=1. */
export async function postTestHook(baseUrl: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${baseUrl}/__test__/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${baseUrl}/__test__/${path} answered ${response.status}: ${await response.text()}`);
  await response.arrayBuffer().catch(() => undefined);
}

/**
 * SIGKILLs `server` as soon as one of its transactions holds the `platform` row lock (an upload's
 * import, between its first write and its commit); false when none did within a minute.
 */
export function killWhilePlatformLocked(databaseUrl: string, server: ServerProcess): Promise<boolean> {
  return withClient(databaseUrl, async (c) => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const { rows } = await c.query(
        `SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE a.datname = current_database() AND l.relation = 'platform'::regclass AND l.mode = 'RowShareLock'`,
      );
      if (rows.length > 0) {
        server.child.kill('SIGKILL');
        return true;
      }
    }
    return false;
  });
}
