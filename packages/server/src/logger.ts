import type { RequestHandler } from 'express';
import { pino, type Level, type Logger } from 'pino';
import type { LogLevel } from './config/config.js';

/** Structured JSON logs on stdout; secrets in headers never reach them. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'license-server' },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-channel-token"]', 'password', 'token'],
  });
}

// Health checks and scrapes arrive every few seconds; they would drown the request log.
const QUIET_PATHS = /^\/(healthz|readyz|metrics)$/;

/** info for answers, warn for refusals (4xx) and requests the client gave up on, error for failures (5xx). */
export function requestLevel(statusCode: number, finished: boolean): Level {
  if (!finished) return 'warn';
  return statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
}

/**
 * One line per request when it ends: method, URL, client address, status and milliseconds taken.
 * A line below the logger's level builds nothing (no child logger, no serialised request), which keeps
 * the API's hot path cheap at LOG_LEVEL=warn. Headers are never logged, so no secret can reach a line.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (QUIET_PATHS.test(req.path)) {
      next();
      return;
    }
    const started = performance.now();
    res.once('close', () => {
      const finished = res.writableFinished;
      const level = requestLevel(res.statusCode, finished);
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { method: req.method, url: req.originalUrl, remoteAddress: req.ip },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        finished ? 'request completed' : 'request aborted',
      );
    });
    next();
  };
}
