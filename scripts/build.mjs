#!/usr/bin/env node
// `pnpm build` (every part) and the first half of `pnpm start` (`--if-stale`: only what is missing or stale).
// Compiles packages/lcs and packages/server with tsc and packages/web with vite (always a production
// build, whatever NODE_ENV says). Plain JavaScript on purpose: it runs before anything is compiled.
// A part is stale when the hash of its inputs differs from the one written into its dist/ by the last
// build; hashing contents, not times, makes a fresh clone or a `git checkout` neither miss nor repeat work.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = '.build-inputs';
const LOCK = join(ROOT, 'node_modules', '.license-build.lock');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const VITE = join(ROOT, 'packages', 'web', 'node_modules', 'vite', 'bin', 'vite.js');

/** Each part: what it is built from, where it goes, how. Later parts read earlier ones' output. */
const PARTS = [
  {
    name: 'lcs',
    out: 'packages/lcs/dist',
    inputs: ['packages/lcs/src', 'packages/lcs/package.json', 'packages/lcs/tsconfig.json', 'packages/lcs/tsconfig.build.json', 'tsconfig.base.json'],
    build: () => run(process.execPath, [TSC, '-p', 'packages/lcs/tsconfig.build.json']),
  },
  {
    name: 'server',
    out: 'packages/server/dist',
    inputs: [
      'packages/server/src',
      'packages/server/package.json',
      'packages/server/tsconfig.json',
      'packages/server/tsconfig.build.json',
      'tsconfig.base.json',
      'packages/lcs/src',
    ],
    build: () => run(process.execPath, [TSC, '-p', 'packages/server/tsconfig.build.json']),
  },
  {
    name: 'web',
    out: 'packages/web/dist',
    inputs: [
      'packages/web/src',
      'packages/web/index.html',
      'packages/web/package.json',
      'packages/web/vite.config.ts',
      'packages/web/public',
      'packages/schema/generated',
    ],
    // NODE_ENV=production: vite would otherwise bundle React's development build under NODE_ENV=test.
    build: () => run(process.execPath, [VITE, 'build', '--logLevel', 'warn'], { cwd: join(ROOT, 'packages/web'), env: { NODE_ENV: 'production' } }),
  },
];

function run(command, args, { cwd = ROOT, env = {} } = {}) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${relative(ROOT, args[0] ?? command)} ${args.slice(1).join(' ')} failed (exit ${result.status})`);
}

function files(path) {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules' && entry.name !== 'dist' && !/\.test\.tsx?$/.test(entry.name))
    .flatMap((entry) => files(join(path, entry.name)))
    .sort();
}

function inputHash(part) {
  const hash = createHash('sha256');
  for (const file of part.inputs.flatMap(files))
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

function stamped(part) {
  try {
    return readFileSync(join(ROOT, part.out, STAMP), 'utf8').trim();
  } catch {
    return null;
  }
}

/** One build at a time per checkout (two starts, or a start beside a test, must not write dist/ together). */
function withLock(work) {
  mkdirSync(dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (!holderAlive() || Date.now() > deadline) rmSync(LOCK, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function holderAlive() {
  try {
    process.kill(Number(readFileSync(join(LOCK, 'pid'), 'utf8')), 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function main() {
  const ifStale = process.argv.includes('--if-stale');
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const parts = PARTS.filter((p) => wanted.length === 0 || wanted.includes(p.name));
  withLock(() => {
    const built = [];
    for (const part of parts) {
      const hash = inputHash(part);
      if (ifStale && stamped(part) === hash) continue;
      const started = Date.now();
      process.stderr.write(`build: ${part.name} (${stamped(part) === null ? 'not built yet' : ifStale ? 'sources changed' : 'pnpm build'})\n`);
      rmSync(join(ROOT, part.out), { recursive: true, force: true });
      part.build();
      writeFileSync(join(ROOT, part.out, STAMP), `${hash}\n`);
      built.push(`${part.name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    process.stderr.write(built.length === 0 ? 'build: up to date, nothing to build\n' : `build: built ${built.join(', ')}\n`);
  });
}

try {
  main();
} catch (error) {
  process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
