import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';
import { postTestHook, spawnServer, waitForOk, type ServerProcess } from './process.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './server.js';

/** One server process of a multi-replica test, on a database shared with the others. */
export interface Replica {
  readonly url: string;
  readonly process: ServerProcess;
}

/** The server's default REMINDER_THRESHOLDS_DAYS (SPEC 7). */
export const REMINDER_THRESHOLDS = [45, 30, 15, 7, 6, 5, 4, 3, 2, 1];

/** Thresholds a walk starting `daysLeft` days before expiry meets: the window it starts in, and each later one. */
export function expectedThresholds(daysLeft: number): number[] {
  const first = [...REMINDER_THRESHOLDS].reverse().find((t) => t >= daysLeft);
  return first === undefined ? [...REMINDER_THRESHOLDS] : REMINDER_THRESHOLDS.filter((t) => t <= first);
}

/**
 * Starts `count` server processes on one database and one DATA_DIR (so one development vendor key),
 * all at once, as replicas behind a load balancer would start; resolves once every one is ready.
 * Test hooks on, the periodic sweep out of the way; `env` adds to or overrides that.
 */
export async function startReplicas(databaseUrl: string, count: number, env: Record<string, string> = {}): Promise<Replica[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'license-replicas-'));
  await chmod(dataDir, 0o755);
  const replicas: Replica[] = [];
  for (let i = 0; i < count; i += 1) {
    const port = await freePort();
    const process = spawnServer({
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      LICENSE_TEST_HOOKS: '1',
      REMINDER_SWEEP_SECONDS: '86400',
      ...env,
    });
    replicas.push({ url: `http://127.0.0.1:${port}`, process });
  }
  try {
    await Promise.all(replicas.map((r) => waitForOk(`${r.url}/readyz`)));
  } catch (error) {
    for (const replica of replicas) replica.process.child.kill('SIGKILL');
    throw error;
  }
  return replicas;
}

/** Calls a test hook (`POST /__test__/<path>`) on one replica. */
export const replicaHook = (replica: Replica, path: string, body: unknown): Promise<void> => postTestHook(replica.url, path, body);
