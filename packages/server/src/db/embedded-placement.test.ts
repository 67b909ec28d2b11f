import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBinaries, unreachableAncestor, type PostgresAccount } from './embedded-placement.js';

describe('unreachableAncestor', () => {
  let base: string;
  // An account that owns nothing and belongs to no group of these folders: only "other" bits count.
  const stranger: PostgresAccount = { uid: 2_000_000_001, gid: 2_000_000_001, groups: [] };
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'placement-'));
    await mkdir(join(base, 'open', 'inner'), { recursive: true, mode: 0o755 });
    await mkdir(join(base, 'closed', 'inner'), { recursive: true, mode: 0o755 });
    await chmod(base, 0o755);
    await chmod(join(base, 'open'), 0o755);
    await chmod(join(base, 'closed'), 0o700);
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('finds the first folder on the way that the account may not enter (a mode-700 home)', async () => {
    expect(await unreachableAncestor(join(base, 'closed', 'inner'), stranger)).toBe(join(base, 'closed'));
  });

  it('is null when every folder on the way is open to others', async () => {
    expect(await unreachableAncestor(join(base, 'open', 'inner'), stranger)).toBeNull();
  });

  it('counts the owner and group bits for the account that owns the folder', async () => {
    const owner: PostgresAccount = { uid: process.getuid!(), gid: 2_000_000_001, groups: [] };
    expect(await unreachableAncestor(join(base, 'closed', 'inner'), owner)).toBeNull();
  });
});

describe('postgresBinaries', () => {
  it('finds the installed PostgreSQL binaries and their version', async () => {
    const binaries = await postgresBinaries();
    expect(binaries.nativeDir).toMatch(/native$/);
    expect(binaries.version).toMatch(/^\d+\.\d+/);
  });
});
