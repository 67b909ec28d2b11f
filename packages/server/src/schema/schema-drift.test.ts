import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { buildSchema, isInputObjectType, isObjectType, type GraphQLField, type GraphQLInputField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printApiSchema, SCHEMA_FILE } from './print-schema.js';

const BUILT_IN = new Set(['Query', 'Mutation', 'Subscription', 'String', 'Boolean', 'Int', 'Float', 'ID']);

describe('packages/schema/schema.graphql', () => {
  it('is exactly the schema the server serves (run `pnpm schema:emit` after changing the API)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await printApiSchema());
  });

  it('describes every type, field and argument', async () => {
    const schema = buildSchema(await printApiSchema());
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description && !BUILT_IN.has(type.name)) missing.push(type.name);
      if (!isObjectType(type) && !isInputObjectType(type)) continue;
      const fields: readonly (GraphQLField<unknown, unknown> | GraphQLInputField)[] = Object.values(type.getFields());
      for (const field of fields) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
