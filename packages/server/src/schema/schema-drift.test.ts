import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printApiSchema, SCHEMA_FILE } from './print-schema.js';

describe('packages/schema/schema.graphql', () => {
  it('is exactly the schema the server serves (run `pnpm schema:emit` after changing the API)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await printApiSchema());
  });
});
