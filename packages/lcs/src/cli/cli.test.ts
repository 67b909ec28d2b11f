// The lcs command: real processes for exit codes and the main workflow, in-process runs for details.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateVendorKeyPair } from '../sign/vendor-key.js';
import { VECTOR_PLATFORM_ID } from '../test-support/test-certificates.js';
import type { CliIo } from './cli-io.js';
import { runCli } from './run-cli.js';

const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const VECTORS = fileURLToPath(new URL('../../test-vectors/', import.meta.url));
const VECTOR_KEYS = join(VECTORS, 'trusted-keys.jwks.json');
const NOW = new Date('2026-06-01T00:00:00Z');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx src/cli/main.ts ...` as a separate process. */
function spawnCli(args: readonly string[], env: Record<string, string> = {}, cwd = PACKAGE_DIR): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the CLI in this process, with a fixed clock. */
async function runInProcess(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env,
    now: () => NOW,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lcs-cli-'));
  // A vendor key for the in-process tests (the process test makes its own with lcs keygen).
  const { privateJwk, publicJwks } = await generateVendorKeyPair('vendor-1');
  await writeFile(join(dir, 'vendor.jwk.json'), JSON.stringify(privateJwk), { mode: 0o600 });
  await writeFile(join(dir, 'public.jwks.json'), JSON.stringify(publicJwks));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Each test spawns the CLI under tsx: seconds on a busy 2-core machine, not milliseconds.
describe('lcs as a process', { timeout: 30_000 }, () => {
  it('keygen -> issue -> verify exits 0; a tampered file exits 1', async () => {
    const keygen = await spawnCli(['keygen', '--kid', 'acme-2026', '--out', join(dir, 'acme.jwk.json')]);
    expect(keygen.code).toBe(0);
    const publicJwks = JSON.parse(keygen.stdout) as { keys: Record<string, unknown>[] };
    expect(publicJwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: 'acme-2026' });
    expect(publicJwks.keys[0]).not.toHaveProperty('d');
    expect((await stat(join(dir, 'acme.jwk.json'))).mode & 0o777).toBe(0o600);
    await writeFile(join(dir, 'acme.jwks.json'), keygen.stdout);

    const issue = await spawnCli([
      'issue',
      '--key',
      join(dir, 'acme.jwk.json'),
      '--platform',
      VECTOR_PLATFORM_ID,
      '--cert',
      'type=PLATFORM,mode=SUBSCRIPTION,days=365,licensee=ACME Ltd',
      '--cert',
      'type=AGENT,mode=TEST,permanent,licensee=ACME Ltd,id=agent-1,activate-by=2099-01-01',
      '--order',
      'SO-1',
      '--issuer',
      'Example Vendor',
      '--out',
      join(dir, 'acme.lcs'),
    ]);
    expect(issue.stderr).toBe('');
    expect(issue.code).toBe(0);
    expect(issue.stdout).toContain('Issued 2 certificates');

    const verify = await spawnCli(['verify', join(dir, 'acme.lcs'), '--keys', join(dir, 'acme.jwks.json'), '--platform', VECTOR_PLATFORM_ID]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('VALID: all 2 certificates');
    expect(verify.stdout).toContain('agent-1');

    const text = await readFile(join(dir, 'acme.lcs'), 'utf8');
    const document = JSON.parse(text) as { certificates: string[] };
    const [header, payload, signature] = (document.certificates[1] ?? '').split('.');
    const changed = Buffer.from(payload ?? '', 'base64url')
      .toString('utf8')
      .replace('"TEST"', '"BUYOUT"');
    document.certificates[1] = `${header}.${Buffer.from(changed).toString('base64url')}.${signature}`;
    await writeFile(join(dir, 'tampered.lcs'), JSON.stringify(document));
    const tampered = await spawnCli(['verify', join(dir, 'tampered.lcs'), '--keys', join(dir, 'acme.jwks.json'), '--platform', VECTOR_PLATFORM_ID, '--json']);
    expect(tampered.code).toBe(1);
    expect(JSON.parse(tampered.stdout)).toMatchObject({
      ok: false,
      certificates: [{ orderId: 'SO-1', issuer: 'Example Vendor', keyId: 'acme-2026' }],
      problems: [{ index: 1, certificateId: 'agent-1', code: 'BAD_SIGNATURE', message: expect.any(String) }],
    });
  });

  it('bad usage exits 2 with a message on stderr naming the argument', async () => {
    const missing = await spawnCli(['verify', join(VECTORS, 'valid-mixed.lcs'), '--platform', VECTOR_PLATFORM_ID]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('--keys is required');
    const unknown = await spawnCli(['issue', '--colour', 'red']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("'--colour'");
  });

  it('inspect says NOT VERIFIED', async () => {
    const run = await spawnCli(['inspect', join(VECTORS, 'bad-signature.lcs')]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toContain('NOT VERIFIED');
    expect(run.stdout).toContain('vec-tampered');
  });

  it('issue --dev reads the key and the platform id from DATA_DIR', async () => {
    const dataDir = join(dir, 'data');
    const { privateJwk, publicJwks } = await generateVendorKeyPair('dev-vendor');
    await rm(dataDir, { recursive: true, force: true });
    const missing = await spawnCli(['issue', '--dev', '--cert', 'type=PLATFORM,mode=TEST,days=30,licensee=Dev', '--out', join(dir, 'dev.lcs')], {
      DATA_DIR: dataDir,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(join(dataDir, 'dev-vendor-key.jwk.json'));
    expect(missing.stderr).toContain('Start the server once first');

    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'dev-vendor-key.jwk.json'), JSON.stringify(privateJwk));
    await writeFile(join(dataDir, 'instance-id'), `${VECTOR_PLATFORM_ID}\n`);
    await writeFile(join(dir, 'dev.jwks.json'), JSON.stringify(publicJwks));
    const issue = await spawnCli(['issue', '--dev', '--cert', 'type=PLATFORM,mode=TEST,days=30,licensee=Dev', '--out', join(dir, 'dev.lcs')], {
      DATA_DIR: dataDir,
    });
    expect(issue.stderr).toBe('');
    expect(issue.code).toBe(0);
    const verify = await spawnCli(['verify', join(dir, 'dev.lcs'), '--keys', join(dir, 'dev.jwks.json'), '--platform', VECTOR_PLATFORM_ID]);
    expect(verify.code).toBe(0);
  });

  it('--help on lcs and every command exits 0', async () => {
    const runs = await Promise.all(
      [['--help'], ['keygen', '--help'], ['issue', '--help'], ['verify', '--help'], ['inspect', '-h']].map((args) => spawnCli(args)),
    );
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: lcs /);
    }
  });
});

describe('lcs in-process', () => {
  it('keygen refuses to overwrite a key unless --force, and writes --public', async () => {
    const out = join(dir, 'k2.jwk.json');
    expect((await runInProcess(['keygen', '--kid', 'k2', '--out', out, '--public', 'k2.jwks.json'], dir)).code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'k2.jwks.json'), 'utf8'))).toMatchObject({ keys: [{ kid: 'k2' }] });
    const again = await runInProcess(['keygen', '--kid', 'k2', '--out', out], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    await writeFile(out, '{}', { mode: 0o644 });
    expect((await runInProcess(['keygen', '--kid', 'k3', '--out', out, '--force'], dir)).code).toBe(0);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ kid: 'k3' });
  });

  it.each([
    [['keygen', '--out', 'x.json'], '--kid is required'],
    [['keygen', '--kid', 'bad kid', '--out', 'x.json'], '--kid must be'],
    [['keygen', '--kid', 'k', '--out', 'same.json', '--public', 'same.json'], 'different files'],
    [['issue', '--dev', '--key', 'k.json', '--out', 'x.lcs'], '--dev and --key cannot be used together'],
    [['issue', '--cert', 'type=PLATFORM', '--out', 'x.lcs'], '--key <private.jwk.json> is required'],
    [['issue', '--key', 'vendor.jwk.json', '--platform', 'p', '--out', 'x.lcs'], 'no certificates'],
    [['issue', '--key', 'vendor.jwk.json', '--cert', 'type=PLATFORM,mode=TEST,days=1,licensee=X', '--out', 'x.lcs'], '--platform is required'],
    [
      ['issue', '--key', 'missing.jwk.json', '--platform', 'p', '--cert', 'type=PLATFORM,mode=TEST,days=1,licensee=X', '--out', 'x.lcs'],
      'cannot read --key missing.jwk.json',
    ],
    [
      ['issue', '--key', 'public.jwks.json', '--platform', 'p', '--cert', 'type=PLATFORM,mode=TEST,days=1,licensee=X', '--out', 'x.lcs'],
      '--key public.jwks.json',
    ],
    [
      ['issue', '--key', 'vendor.jwk.json', '--platform', 'p', '--cert', 'type=PLATFORM,mode=TEST,days=0,licensee=X', '--out', 'x.lcs'],
      '--cert 1: validity.days must be an integer from 1 to 36500, got 0',
    ],
    [
      ['issue', '--key', 'vendor.jwk.json', '--platform', 'p', '--cert', 'type=PLATFORM,mode=TEST,days=1,licensee=X,activate-by=2099-01-01', '--out', 'x.lcs'],
      'activateBy is allowed only on AGENT',
    ],
    [
      ['issue', '--key', 'vendor.jwk.json', '--platform', 'p', '--cert', 'type=AGENT,mode=TEST,days=1,licensee=X,activate-by=2020-01-01', '--out', 'x.lcs'],
      'is not in the future',
    ],
    [
      [
        'issue',
        '--key',
        'vendor.jwk.json',
        '--platform',
        'p',
        '--cert',
        'type=AGENT,mode=TEST,days=1,licensee=X,id=a',
        '--cert',
        'type=AGENT,mode=TEST,days=1,licensee=X,id=a',
        '--out',
        'x.lcs',
      ],
      '--cert 2: id "a" is already used by --cert 1',
    ],
    [['issue', '--key', 'vendor.jwk.json', '--spec', 'missing-spec.json', '--out', 'x.lcs'], 'cannot read --spec missing-spec.json'],
    [['issue', '--key', 'vendor.jwk.json', '--platform', 'p', '--cert', 'x', '--out', 'x.lcs', 'extra'], 'Unexpected argument'],
    [['verify', 'a.lcs', 'b.lcs', '--keys', 'k', '--platform', 'p'], 'unexpected argument "b.lcs"'],
    [['verify', 'nope.lcs', '--keys', VECTOR_KEYS, '--platform', 'p'], 'cannot read the package nope.lcs'],
    [['verify', join(VECTORS, 'valid-mixed.lcs'), '--keys', 'vendor.jwk.json', '--platform', 'p'], 'is a private key'],
    [['verify', join(VECTORS, 'valid-mixed.lcs'), '--keys', VECTOR_KEYS, '--platform', 'p', '--now', 'soon'], '--now must be'],
    [['inspect'], 'the package file is required'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('%j exits 2: %s', async (args, message) => {
    const run = await runInProcess(args, dir);
    expect(run.stderr).toContain(message);
    expect(run.code).toBe(2);
  });

  it('issue --spec writes many certificates; flags win over the file', async () => {
    await writeFile(
      join(dir, 'spec.json'),
      JSON.stringify({
        platform: 'from-spec',
        orderId: 'SO-SPEC',
        issuer: 'Spec Vendor',
        certificates: [
          { type: 'PLATFORM_UNLIMITED_AGENTS', mode: 'SUBSCRIPTION', days: 90, licensee: 'C', id: 'u-1' },
          { type: 'AGENT', mode: 'TEST', permanent: true, licensee: 'C', activateBy: '2099-01-01', orderId: 'SO-OWN' },
        ],
      }),
    );
    const issue = await runInProcess(
      [
        'issue',
        '--key',
        'vendor.jwk.json',
        '--spec',
        'spec.json',
        '--platform',
        VECTOR_PLATFORM_ID,
        '--cert',
        'type=AGENT,mode=BUYOUT,days=7,licensee=D',
        '--out',
        'spec.lcs',
      ],
      dir,
    );
    expect(issue.stderr).toBe('');
    expect(issue.code).toBe(0);
    const verify = await runInProcess(['verify', 'spec.lcs', '--keys', 'public.jwks.json', '--platform', VECTOR_PLATFORM_ID, '--json'], dir);
    expect(verify.code).toBe(0);
    const { certificates } = JSON.parse(verify.stdout) as { certificates: Record<string, unknown>[] };
    expect(certificates.map(({ id, type, orderId, issuer, activateBy }) => ({ id, type, orderId, issuer, activateBy }))).toEqual([
      { id: 'u-1', type: 'PLATFORM_UNLIMITED_AGENTS', orderId: 'SO-SPEC', issuer: 'Spec Vendor', activateBy: null },
      { id: expect.stringMatching(/^cert-[0-9a-f-]{36}$/), type: 'AGENT', orderId: 'SO-OWN', issuer: 'Spec Vendor', activateBy: '2099-01-01T00:00:00.000Z' },
      { id: expect.stringMatching(/^cert-/), type: 'AGENT', orderId: 'SO-SPEC', issuer: 'Spec Vendor', activateBy: null },
    ]);
  });

  it('issue --out - writes the package on stdout and the summary on stderr', async () => {
    const run = await runInProcess(
      ['issue', '--key', 'vendor.jwk.json', '--platform', 'p', '--cert', 'type=PLATFORM,mode=TEST,days=1,licensee=X', '--out', '-'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ format: 'lcs', version: 1 });
    expect(run.stderr).toContain('Issued 1 certificate for platform p');
  });

  it('verify prints a readable table of problems, and the vectors give their codes', async () => {
    const invalid = await runInProcess(['verify', join(VECTORS, 'invalid-fields.lcs'), '--keys', VECTOR_KEYS, '--platform', VECTOR_PLATFORM_ID], dir);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('INVALID: 4 of 4 certificates have problems');
    expect(invalid.stdout).toMatch(/0\s+vec-days-zero\s+INVALID_FIELD\s+.*validity\.days/);
    const whole = await runInProcess(['verify', join(VECTORS, 'not-json.lcs'), '--keys', VECTOR_KEYS, '--platform', VECTOR_PLATFORM_ID], dir);
    expect(whole.code).toBe(1);
    expect(whole.stdout).toContain('refused as a whole');
    const json = await runInProcess(['verify', join(VECTORS, 'duplicate-jti.lcs'), '--keys', VECTOR_KEYS, '--platform', VECTOR_PLATFORM_ID, '--json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, problems: [{ index: 1, certificateId: 'vec-dup', code: 'DUPLICATE_IN_PACKAGE' }] });
    const inline = await runInProcess(
      ['verify', join(VECTORS, 'valid-mixed.lcs'), '--keys', await readFile(VECTOR_KEYS, 'utf8'), '--platform', VECTOR_PLATFORM_ID],
      dir,
    );
    expect(inline.code).toBe(0);
  });

  it('verify --now checks activation deadlines at that instant', async () => {
    await runInProcess(
      [
        'issue',
        '--key',
        'vendor.jwk.json',
        '--platform',
        'p',
        '--cert',
        'type=AGENT,mode=TEST,days=1,licensee=X,activate-by=2030-01-01',
        '--out',
        'deadline.lcs',
      ],
      dir,
    );
    const before = await runInProcess(['verify', 'deadline.lcs', '--keys', 'public.jwks.json', '--platform', 'p', '--now', '2029-12-31T23:59:59Z'], dir);
    expect(before.code).toBe(0);
    const at = await runInProcess(['verify', 'deadline.lcs', '--keys', 'public.jwks.json', '--platform', 'p', '--now', '2030-01-01', '--json'], dir);
    expect(at.code).toBe(1);
    expect(JSON.parse(at.stdout)).toMatchObject({ problems: [{ code: 'ACTIVATION_DEADLINE_PASSED' }] });
  });

  it('inspect --json and problems exit 1; hostile text is shown escaped', async () => {
    const json = await runInProcess(['inspect', join(VECTORS, 'valid-mixed.lcs'), '--json'], dir);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ verified: false, certificates: [{ index: 0, certificateId: 'vec-platform-365' }, {}, {}, {}] });
    const header = Buffer.from('{"alg":"EdDSA","kid":"k"}').toString('base64url');
    const payload = Buffer.from(JSON.stringify({ jti: 'x\u001b[31mred' })).toString('base64url');
    await writeFile(join(dir, 'hostile.lcs'), JSON.stringify({ format: 'lcs', version: 1, certificates: [`${header}.${payload}.`] }));
    const hostile = await runInProcess(['inspect', 'hostile.lcs'], dir);
    expect(hostile.code).toBe(1);
    expect(hostile.stdout).not.toContain('\u001b');
    expect(hostile.stdout).toContain('x\\u001b[31mred');
  });

  it('lcs without a command prints the help on stderr and exits 2', async () => {
    const run = await runInProcess([], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: lcs <command>');
  });
});
