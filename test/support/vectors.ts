import { readFile } from 'node:fs/promises';

/** The format's test vectors, as copied into packages/lcs (for tests only: never trust this key elsewhere). */
export const VECTORS_DIR = new URL('../../packages/lcs/test-vectors/', import.meta.url);
export const VECTOR_PLATFORM_ID = '11111111-2222-4333-8444-555555555555';

export async function vectorFile(name: string): Promise<Buffer> {
  return readFile(new URL(name, VECTORS_DIR));
}

export async function vectorTrustedKeys(): Promise<string> {
  return (await vectorFile('trusted-keys.jwks.json')).toString('utf8');
}

export interface ExpectedVectors {
  platformInstanceId: string;
  files: Record<
    string,
    {
      ok: boolean;
      imported?: string[];
      after?: { platformDaysLeft: number; unused: number };
      problems?: { index: number | null; certificateId?: string; code: string }[];
    }
  >;
}

export async function expectedVectors(): Promise<ExpectedVectors> {
  return JSON.parse((await vectorFile('expected.json')).toString('utf8')) as ExpectedVectors;
}
