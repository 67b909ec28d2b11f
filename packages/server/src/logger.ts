import { pino, type Logger } from 'pino';
import type { LogLevel } from './config/config.js';

/** Structured JSON logs on stdout; secrets in headers never reach them. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'license-server' },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-channel-token"]', 'password', 'token'],
  });
}
