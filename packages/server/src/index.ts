import 'reflect-metadata';
/** What tests and tools outside the server use; the server itself starts from main.ts. */
export { startServer, type RunningServer } from './app.js';
export { loadConfig, ConfigError, type Config } from './config/config.js';
export { createLogger } from './logger.js';
export { startEmbeddedDatabase } from './db/embedded-database.js';
