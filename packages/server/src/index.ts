import 'reflect-metadata';
/** What tests and tools outside the server use; the server itself starts from main.ts. */
export { startServer, type RunningServer } from './app.js';
export { loadConfig, ConfigError, type Config } from './config/config.js';
export { createLogger } from './logger.js';
export { startEmbeddedDatabase } from './db/embedded-database.js';
/** The channel's service, whose license check the channel benchmark's baseline takes out. */
export { ChannelService } from './modules/channel/channel.service.js';
/** The license queries' resolver, whose `licenses` the GraphQL benchmark's baseline answers from static rows. */
export { LicenseResolver } from './modules/license/license.resolver.js';
