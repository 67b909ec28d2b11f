// The shared acceptance vectors: every package gives exactly what expected.json says.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { VECTORS_DIR, readVector, readVectorJson } from '../test-support/test-certificates.js';
import { importTrustedKeys, type TrustedKeys } from './trusted-keys.js';
import { verifyPackage } from './verify-package.js';

interface ExpectedProblem {
  index: number | null;
  certificateId?: string;
  code: string;
}
interface ExpectedFile {
  ok: boolean;
  imported?: string[];
  problems?: ExpectedProblem[];
  importedNothing?: boolean;
}
interface Expected {
  platformInstanceId: string;
  files: Record<string, ExpectedFile>;
}

// The originals, when this checkout sits beside them (/work/shared); the copy must stay identical.
const SHARED_VECTORS_DIR = new URL('../../../../../shared/lcs-vectors/', import.meta.url);

const expected = readVectorJson('expected.json') as Expected;
// Vectors are dated 2026 (iat 1790000000); the check time only matters for activateBy, which none has.
const NOW = new Date('2026-06-01T00:00:00Z');

describe('test vectors (expected.json)', () => {
  let trustedKeys: TrustedKeys;
  beforeAll(async () => {
    trustedKeys = await importTrustedKeys(readVector('trusted-keys.jwks.json').toString('utf8'));
  });

  it('lists every .lcs file of the vectors directory', () => {
    const files = readdirSync(VECTORS_DIR).filter((name) => name.endsWith('.lcs'));
    expect(Object.keys(expected.files).sort()).toEqual(files.sort());
  });

  it.each(Object.entries(expected.files))('%s', async (file, want) => {
    const result = await verifyPackage(readVector(file), { trustedKeys, platformId: expected.platformInstanceId, now: NOW });
    expect(result.ok).toBe(want.ok);
    if (want.imported !== undefined) {
      expect(result.certificates.map((certificate) => certificate.id)).toEqual(want.imported);
    }
    if (!result.ok) {
      const problems = result.problems.map(({ index, certificateId, code }) => ({ index, certificateId, code }));
      const wanted = (want.problems ?? []).map(({ index, certificateId, code }) => ({ index, certificateId: certificateId ?? null, code }));
      expect(problems).toEqual(wanted);
      for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(10);
    }
    // A rejected package imports nothing, whatever else passed.
    if (want.importedNothing === true) expect(result.ok).toBe(false);
  });

  it('keeps the committed copy byte-identical to the shared vectors (when they are present)', () => {
    if (!existsSync(SHARED_VECTORS_DIR)) return; // a clone elsewhere has only the copy
    const shared = readdirSync(SHARED_VECTORS_DIR).sort();
    expect(readdirSync(VECTORS_DIR).sort()).toEqual(shared);
    for (const name of shared) {
      expect(readVector(name).equals(readFileSync(new URL(name, SHARED_VECTORS_DIR))), name).toBe(true);
    }
  });
});
