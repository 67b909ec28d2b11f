/**
 * Summarises V8 CPU profiles written by `pnpm bench -- --cpu-prof`: self time by function, and total
 * (inclusive) time by package, to see what bounds a pair.
 *   TSX_TSCONFIG_PATH=test/tsconfig.json node --import tsx test/bench/profile-summary.ts <file.cpuprofile> [top]
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function where(url: string): string {
  if (url === '') return '';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length).replace(/^\.pnpm\/[^/]+\/node_modules\//, '');
  return url.replace(/^file:\/\/\/work\/main\//, '').replace(/^file:\/\//, '');
}

function packageOf(url: string): string {
  const w = where(url);
  if (w === '') return '(native/idle)';
  if (w.startsWith('node:')) return 'node internals';
  if (url.includes('/node_modules/')) return w.startsWith('@') ? w.split('/').slice(0, 2).join('/') : w.split('/')[0]!;
  return w.split('/').slice(0, 3).join('/');
}

const [file, topArg] = process.argv.slice(2).filter((a) => a !== '--');
if (!file) {
  process.stderr.write('usage: profile-summary.ts <file.cpuprofile> [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfTime = new Map<number, number>();
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
const idle = [...selfTime].filter(([id]) => ['(idle)', '(program)'].includes(byId.get(id)!.callFrame.functionName)).reduce((a, [, t]) => a + t, 0);
const bySelf = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const [id, t] of selfTime) {
  const n = byId.get(id)!;
  const key = `${n.callFrame.functionName || '(anonymous)'}  ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  bySelf.set(key, (bySelf.get(key) ?? 0) + t);
  // Inclusive by package: count the sample once for each package on its stack.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const p = packageOf(byId.get(cur)!.callFrame.url);
    if (!seen.has(p)) {
      seen.add(p);
      byPackage.set(p, (byPackage.get(p) ?? 0) + t);
    }
  }
}
const ms = (us: number): string => `${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
process.stdout.write(`${file}\nsampled ${(total / 1e6).toFixed(1)} s, busy ${((total - idle) / 1e6).toFixed(1)} s\n\nself time, top ${top}:\n`);
for (const [k, v] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${ms(v)}  ${k}\n`);
process.stdout.write(`\ninclusive time by package or source folder:\n`);
for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${ms(v)}  ${k}\n`);
