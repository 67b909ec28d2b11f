import { lexicographicSortSchema, printSchema } from 'graphql';
import { ControllableClock } from '../clock/clock.js';
import { loadConfig } from '../config/config.js';
import { buildApiSchema } from '../graphql/schema.js';
import { createServices } from '../services.js';

export const SCHEMA_FILE = new URL('../../../schema/schema.graphql', import.meta.url);

/** The SDL of the API, sorted so that the committed file changes only when the API does. */
export async function printApiSchema(): Promise<string> {
  const schema = await buildApiSchema(createServices(loadConfig({}), new ControllableClock()));
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
