import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { freePort } from '../../support/ports.js';
import { REPO_ROOT, spawnServer } from '../../support/process.js';
import { median, round } from '../lib/stats.js';
import type { BenchResult, Scenario } from '../lib/types.js';

/** Spawns the compiled server as `pnpm start` runs it once built, on an embedded database in a fresh DATA_DIR; seconds until /readyz answers 200. */
async function startToReady(log: (message: string) => void): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'license-bench-p6-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/readyz`;
  const start = performance.now();
  // DATABASE_URL is not passed on (spawnServer starts from an empty environment): embedded PostgreSQL.
  const server = spawnServer(
    {
      PORT: String(port),
      DATA_DIR: dataDir,
      ADMIN_EMAIL: 'admin@bench.example',
      ADMIN_PASSWORD: 'bench password, long enough',
      NODE_OPTIONS: '--enable-source-maps',
    },
    { compiled: true },
  );
  let exited = false;
  void server.exited.then(() => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`the server exited before it was ready:\n${server.output()}`);
      if (performance.now() - start > 120_000) throw new Error('the server was not ready within 120 s');
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    const seconds = (performance.now() - start) / 1000;
    log(`P6: ready in ${round(seconds, 2)} s`);
    return seconds;
  } finally {
    if (!exited) {
      server.child.kill('SIGTERM');
      const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
      await server.exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Builds packages/web with vite into a temporary folder (never touching packages/web/dist); null when the build fails. */
async function buildWeb(outDir: string, log: (message: string) => void): Promise<boolean> {
  const webDir = join(REPO_ROOT, 'packages/web');
  const vite = join(webDir, 'node_modules/vite/bin/vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: webDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) log(`P6: vite build failed (${code}); falling back to packages/web/dist\n${output.slice(-2000)}`);
  return code === 0;
}

/** The JS a first visit loads: the module script of index.html and its modulepreloads, each gzipped. */
async function initialJs(distDir: string): Promise<{ kb: number; files: { file: string; bytes: number; gzipBytes: number }[] }> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const sources = [
    ...[...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!),
  ];
  if (sources.length === 0) throw new Error(`no module script in ${distDir}/index.html`);
  const files = await Promise.all(
    [...new Set(sources)].map(async (src) => {
      const content = await readFile(join(distDir, src.replace(/^\//, '')));
      return { file: src, bytes: content.length, gzipBytes: gzipSync(content).length };
    }),
  );
  return { kb: files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024, files };
}

/**
 * P6: start-up to /readyz on the embedded database with a fresh DATA_DIR (so including initdb), and the
 * gzipped size of the SPA's initial JS. No baseline: absolute goals.
 */
export const p6: Scenario = {
  id: 'P6',
  title: 'start to /readyz on the embedded database; initial SPA JS, gzipped',
  async run({ options, log }) {
    const starts: number[] = [];
    const repetitions = options.quick ? 1 : 3;
    for (let i = 0; i < repetitions; i += 1) starts.push(await startToReady(log));

    const outDir = await mkdtemp(join(tmpdir(), 'license-bench-web-'));
    let js;
    let source: string;
    try {
      if (await buildWeb(outDir, log)) {
        source = 'vite build of packages/web (into a temporary folder)';
        js = await initialJs(outDir);
      } else {
        const dist = join(REPO_ROOT, 'packages/web/dist');
        await stat(join(dist, 'index.html'));
        source = 'existing packages/web/dist (the build failed)';
        js = await initialJs(dist);
      }
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
    log(`P6: initial JS ${round(js.kb, 1)} KB gzipped`);
    const results: BenchResult[] = [
      {
        id: 'P6-start',
        title: 'start to /readyz, embedded PostgreSQL, fresh DATA_DIR (median)',
        measured: median(starts),
        unit: 's',
        goal: { kind: 'value-below', value: 10 },
        details: {
          runsSeconds: starts.map((s) => round(s, 2)),
          command: 'node --enable-source-maps --import tsx packages/server/src/main.ts (TSX_TSCONFIG_PATH=packages/server/tsconfig.json)',
        },
      },
      {
        id: 'P6-js',
        title: 'initial SPA JS (module script + modulepreloads), gzip, KiB',
        measured: js.kb,
        unit: 'KB',
        goal: { kind: 'value-at-most', value: 200 },
        details: { source, gzip: 'node:zlib gzipSync, default level 6, each file separately; KB = 1024 bytes', files: js.files },
      },
    ];
    return results;
  },
};
