import 'reflect-metadata';
import { startServer } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  process.stdout.write(
    `\n  License server ready: open http://localhost:${server.port} and sign in (GraphQL API at /graphql).\n` +
      `  Data: ${server.dataLocation}.\n` +
      '  The first admin was printed on the first start (or set with ADMIN_EMAIL / ADMIN_PASSWORD).\n\n',
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`The license server could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
