import 'reflect-metadata';
/** What tests and tools outside the server use; the server itself starts from main.ts. */
export { startServer, type RunningServer } from './app.js';
export { loadConfig, ConfigError, type Config } from './config/config.js';
export { createLogger } from './logger.js';
export { startEmbeddedDatabase } from './db/embedded-database.js';
/** The channel's service and route, for assembling a channel endpoint from the product's own parts. */
export { ChannelService } from './modules/channel/channel.service.js';
export { channelRoutes } from './modules/channel/channel.routes.js';
export { Throttle } from './security/throttle.js';
