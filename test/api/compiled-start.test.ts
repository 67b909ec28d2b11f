import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { PNPM } from '../support/e2e-server.js';
import { freePort } from '../support/ports.js';
import { REPO_ROOT, waitForOk } from '../support/process.js';

/** The command lines of every process in a process group (from /proc). */
function groupCommandLines(pgid: number): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
          .replace(/^.*\) /, '')
          .split(' ');
        if (Number(fields[2]) !== pgid) return [];
        return [readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()];
      } catch {
        return []; // ended meanwhile
      }
    });
}

/** SPEC 13: the README's start command runs plain node on compiled JavaScript and builds only what is stale. */
describe('the start command', () => {
  let db: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'license-start-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    await db?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const start = async (): Promise<{ output: () => string; commandLines: string[]; readyMs: number; stop: () => Promise<void> }> => {
    const port = await freePort();
    let output = '';
    const began = performance.now();
    // NODE_ENV=test on purpose: the web build must still be the production one.
    const child = spawn('npx', ['-y', PNPM, 'start'], {
      cwd: REPO_ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? tmpdir(),
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: db.url,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await waitForOk(`http://127.0.0.1:${port}/readyz`, 240_000);
    const readyMs = performance.now() - began;
    return {
      output: () => output,
      commandLines: groupCommandLines(child.pid!),
      readyMs,
      stop: async () => {
        process.kill(-child.pid!, 'SIGTERM');
        await exited;
      },
    };
  };

  it('runs compiled main.js with node (no tsx), and a second start rebuilds nothing', async () => {
    const first = await start();
    try {
      expect(first.commandLines.some((line) => /^node .*packages\/server\/dist\/main\.js$/.test(line))).toBe(true);
      expect(first.commandLines.filter((line) => /tsx|vite/.test(line))).toEqual([]);
    } finally {
      await first.stop();
    }
    const second = await start();
    try {
      expect(second.output()).toContain('build: up to date, nothing to build');
      expect(second.output()).not.toMatch(/build: (lcs|server|web) \(/);
      expect(second.commandLines.filter((line) => /tsx|vite/.test(line))).toEqual([]);
    } finally {
      await second.stop();
    }
  }, 600_000);
});
