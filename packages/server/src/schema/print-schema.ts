import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildApiSchema } from '../graphql/schema.js';

export const SCHEMA_FILE = new URL('../../../schema/schema.graphql', import.meta.url);

/** The SDL of the API, sorted so that the committed file changes only when the API does. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema(null)))}\n`;
}
