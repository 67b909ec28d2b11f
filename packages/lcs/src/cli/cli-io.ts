// What every command needs from the outside world, passed in so tests can run commands in-process.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface CliIo {
  /** Relative paths and DATA_DIR resolve against it. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export const EXIT_OK = 0;
/** verify / inspect: the package has a problem. Other commands: an unexpected failure. */
export const EXIT_PROBLEMS = 1;
/** Bad arguments, or input files named by them that cannot be used. */
export const EXIT_USAGE = 2;

/** Bad usage: printed on stderr with a pointer to --help; exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}

/** Reads a file named by an argument; a missing or unreadable file is a usage error naming it. */
export async function readArgumentFile(io: CliIo, path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(resolvePath(io, path));
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${describeFsError(error)}`);
  }
}

export async function readJsonArgumentFile(io: CliIo, path: string, what: string): Promise<unknown> {
  const bytes = await readArgumentFile(io, path, what);
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function describeFsError(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    if (code === 'ENOENT') return 'no such file or directory';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'it is a directory';
    if (code === 'EEXIST') return 'the file already exists';
  }
  return error instanceof Error ? error.message : String(error);
}

/** Runs node:util parseArgs, turning its errors (which name the argument) into usage errors. */
export function parseOrUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** True when the arguments ask for help, even if they are otherwise invalid. */
export function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

export function requireOption(value: string | undefined, flag: string, what: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${flag} is required (${what})`);
  return value;
}
