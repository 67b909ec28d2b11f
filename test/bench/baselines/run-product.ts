import { createLogger, loadConfig, startServer } from '@licensing/server';

/**
 * Starts the whole product as `main.ts` does (configuration from the environment) and stops it on
 * SIGTERM/SIGINT. The product baselines replace one method on a prototype first, then call this.
 */
export async function runProduct(): Promise<void> {
  const config = loadConfig(process.env);
  const server = await startServer(config, createLogger(config.logLevel));
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`stopping failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
