/**
 * P1's baseline, run as a process of its own (see lib/server.ts): the whole product, started as
 * `main.ts` starts it on the same database, plus a second listener on $PORT serving the product's
 * own channel route and service with one difference — `mayConverse` always allows. Same directory of
 * agents (kept fresh over the bus), same token check, same flow, same `channel_message` row per message.
 */
import { ChannelService, channelRoutes, createLogger, loadConfig, startServer, Throttle } from '@licensing/server';
import express from 'express';

/** The product's channel service with the license check taken out, and nothing else changed. */
class UnlicensedChannelService extends ChannelService {
  protected override mayConverse(): boolean {
    return true;
  }
}

const port = Number(process.env.PORT);
// The product listens on a port of its own choosing; the baseline route is what $PORT serves.
const config = loadConfig({ ...process.env, PORT: '0' });
const logger = createLogger(config.logLevel);
const product = await startServer(config, logger);
const { clock, directory, audit } = product.services;

const app = express();
app.disable('x-powered-by');
app.get('/readyz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.use(
  channelRoutes(
    product.orm,
    new UnlicensedChannelService(clock, directory, audit),
    logger,
    new Throttle({ burst: config.channelRatePerMinute, perMinute: config.channelRatePerMinute }),
  ),
);
const listener = app.listen(port);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  listener.close();
  product.close().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`stopping failed: ${String(error)}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
