// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('packages/schema/generated/web', () => {
  it("is what codegen makes from the committed SDL and the app's documents (run `pnpm --filter @licensing/web codegen`)", async () => {
    const cwd = process.cwd();
    process.chdir(WEB_ROOT);
    try {
      const outputs = (await generate({ ...config, cwd: WEB_ROOT, silent: true }, false)) as { filename: string; content: string }[];
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = await readFile(resolve(WEB_ROOT, output.filename), 'utf8');
        expect(committed, output.filename).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
