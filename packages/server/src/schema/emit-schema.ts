import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printApiSchema, SCHEMA_FILE } from './print-schema.js';

/** `pnpm schema:emit`: writes the SDL the server serves into packages/schema, to be committed. */
await writeFile(SCHEMA_FILE, await printApiSchema());
process.stdout.write(`wrote ${fileURLToPath(SCHEMA_FILE)}\n`);
