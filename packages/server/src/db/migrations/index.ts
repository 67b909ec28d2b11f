import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128001Initial } from './migration-20261128-001-initial.js';

/** Applied in this order; never edit a migration that has shipped, add a new one. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261128001Initial', class: Migration20261128001Initial },
];
