import 'reflect-metadata';
import { Kind, parse, print, specifiedRules, validate, visit, type DocumentNode, type SelectionSetNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import * as webDocuments from '../../../schema/generated/web/graphql.js';
import { buildApiSchema } from './schema.js';
import { documentTooLong, OPERATION_LIMITS, operationValidationRules, PARSE_OPTIONS } from './operation-limits.js';

type Schema = Awaited<ReturnType<typeof buildApiSchema>>;
let schema: Schema;
beforeAll(async () => {
  schema = await buildApiSchema(null);
});

const problems = (source: string, production = true): string[] =>
  validate(schema, parse(source, PARSE_OPTIONS), [...specifiedRules, ...operationValidationRules(production)]).map((e) => e.message);

/** What Apollo Client sends: `__typename` in every selection set below the root. */
function withTypename(document: DocumentNode): DocumentNode {
  const add = (set: SelectionSetNode): SelectionSetNode => ({
    ...set,
    selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }, ...set.selections],
  });
  return visit(document, {
    Field: (node) => (node.selectionSet ? { ...node, selectionSet: add(node.selectionSet) } : undefined),
    FragmentDefinition: (node) => ({ ...node, selectionSet: add(node.selectionSet) }),
  });
}

describe('operation limits', () => {
  it('let through every operation the SPA sends, with the __typename Apollo Client adds', () => {
    const documents = Object.entries(webDocuments).filter(([name]) => name.endsWith('Document')) as [string, DocumentNode][];
    expect(documents.length).toBeGreaterThan(10);
    for (const [name, document] of documents) {
      const source = print(withTypename(document));
      expect({ name, problems: problems(source) }).toEqual({ name, problems: [] });
    }
  });

  it('refuse the alias bomb at parse time', () => {
    const bomb = `{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const started = performance.now();
    expect(() => parse(bomb, PARSE_OPTIONS)).toThrow(/more that 3000 tokens/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuse a document longer than the limit before parsing, to the character', () => {
    expect(documentTooLong('x'.repeat(OPERATION_LIMITS.documentLength))).toBeNull();
    expect(documentTooLong('x'.repeat(OPERATION_LIMITS.documentLength + 1))?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(documentTooLong(undefined)).toBeNull();
  });

  it('refuse too many aliases and root fields', () => {
    expect(problems(`{ ${Array.from({ length: 21 }, (_, i) => `a${i}: me { id }`).join(' ')} }`).join()).toMatch(/Aliases limit/);
    expect(problems(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`)).toEqual([]);
    const roots = Array.from({ length: 21 }, () => 'me { id }').join(' ');
    expect(problems(`{ ${roots} }`).join()).toMatch(/root fields/);
  });

  it('refuse introspection in production only', () => {
    expect(problems('{ __schema { types { name } } }', true).join()).toMatch(/introspection/);
    expect(problems('{ __schema { types { name } } }', false)).toEqual([]);
  });
});
