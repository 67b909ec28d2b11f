import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded-database.js';
import { createOrm, migrate } from './db/orm.js';
import { createLogger } from './logger.js';

/**
 * `pnpm migrate [--status]`: applies pending migrations (under the same advisory lock the servers take)
 * and exits, for operators who migrate once before rolling out new replicas; `--status` only lists them.
 */
async function main(): Promise<void> {
  const statusOnly = process.argv.includes('--status');
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  let embedded: EmbeddedDatabase | null = null;
  const databaseUrl = config.databaseUrl ?? (embedded = await startEmbeddedDatabase(config.dataDir, logger)).url;
  const orm = await createOrm(databaseUrl, logger, 2);
  try {
    const migrator = orm.getMigrator();
    if (!statusOnly) await migrate(orm, databaseUrl, logger);
    const executed = await migrator.getExecutedMigrations();
    const pending = await migrator.getPendingMigrations();
    for (const m of executed) process.stdout.write(`applied  ${m.name}\n`);
    for (const m of pending) process.stdout.write(`pending  ${m.name}\n`);
    process.stdout.write(
      pending.length === 0 ? `The database is up to date (${executed.length} migrations).\n` : `${pending.length} migration(s) pending: run pnpm migrate.\n`,
    );
  } finally {
    await orm.close(true);
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `Migration failed: ${error instanceof Error ? error.message : String(error)}`}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
