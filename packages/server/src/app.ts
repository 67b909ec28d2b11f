import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import compression from 'compression';
import express, { type Request } from 'express';
import { parse as parseCookies } from 'cookie';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import type { Logger } from 'pino';
import { ControllableClock } from './clock/clock.js';
import type { Config } from './config/config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded-database.js';
import { createOrm, migrate } from './db/orm.js';
import { requestLog } from './logger.js';
import type { GraphQLContext } from './graphql/context.js';
import { RequestLoaders } from './graphql/loaders.js';
import { createAccessCheck, signInPlugin } from './graphql/access-control.js';
import { createErrorFormatter } from './graphql/format-error.js';
import { createOperationCheck, operationGuardPlugin } from './graphql/operation-guard.js';
import { documentTooLong, operationValidationRules, PARSE_OPTIONS } from './graphql/operation-limits.js';
import { startGraphQLWebSocket } from './graphql/ws-server.js';
import { buildApiSchema } from './graphql/schema.js';
import { ensureInitialAdmin } from './modules/auth/initial-admin.js';
import { SESSION_COOKIE } from './modules/auth/session-cookie.js';
import type { Viewer } from './modules/auth/viewer.js';
import { exportRoutes } from './exports/export.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { ProductMetrics } from './metrics/metrics.js';
import { channelRoutes } from './modules/channel/channel.routes.js';
import { developmentKeys, importConfiguredKeys, trustedKeySource } from './modules/license/vendor-keys.js';
import { PlatformService } from './modules/platform/platform.service.js';
import { testHookRoutes } from './modules/test-hooks/test-hooks.routes.js';
import { jsonErrors, securityHeaders } from './security/http-security.js';
import { Throttle } from './security/throttle.js';
import { createServices, type Services } from './services.js';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  readonly url: string;
  readonly port: number;
  readonly services: Services;
  readonly orm: MikroORM;
  /** Where the data lives, for the start message: the embedded cluster's folder, or the database's host. */
  readonly dataLocation: string;
  close(): Promise<void>;
}

const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Starts the whole product on one port: database, migrations, GraphQL (HTTP + WebSocket), health, SPA. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const configuredKeys = config.trustedKeys === null ? null : await importConfiguredKeys(config.trustedKeys, logger);
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (databaseUrl === null) {
    embedded = await startEmbeddedDatabase(config.dataDir, logger);
    databaseUrl = embedded.url;
  }
  const orm = await createOrm(databaseUrl, logger, config.databasePoolSize);
  try {
    await migrate(orm, databaseUrl, logger);
    const clock = new ControllableClock();
    const em = orm.em.fork();
    const platform = await new PlatformService(clock).ensure(em, config.platformInstanceId);
    if (config.platformInstanceId !== null && config.platformInstanceId !== platform.instanceId) {
      logger.warn(
        { configured: config.platformInstanceId, instanceId: platform.instanceId },
        'PLATFORM_INSTANCE_ID only applies to a fresh database; keeping the stored instance id',
      );
    }
    await ensureInitialAdmin(em, config, logger);
    const trustedKeys = configuredKeys ?? (await developmentKeys(config, platform.instanceId, logger));
    const services = await createServices({ config, clock, orm, databaseUrl, trustedKeys, trustedKeySource: trustedKeySource(config.trustedKeys), logger });

    const schema = await buildApiSchema(services);
    const metrics = new ProductMetrics(orm, clock, services.counters, services.directory);
    const app = express();
    const httpServer = createServer(app);

    const viewerFor = async (em: GraphQLContext['em'], secret: string | null): Promise<Viewer | null> =>
      secret === null ? null : services.auth.authenticate(em, secret);

    // One error formatter, one set of validation rules and one operation check for HTTP and WebSocket.
    const formatError = createErrorFormatter(logger, { hideSuggestions: config.production });
    const validationRules = operationValidationRules(config.production);
    const checkOperation = createOperationCheck(new Throttle({ burst: config.graphqlRatePerMinute, perMinute: config.graphqlRatePerMinute }));
    const ws = startGraphQLWebSocket({
      httpServer,
      schema,
      orm,
      bus: services.bus,
      logger,
      allowedOrigins: config.allowedOrigins,
      validationRules,
      check: checkOperation,
      formatError,
      viewerFor,
      secretOf: (params, cookie) => {
        const param = params?.authorization;
        return typeof param === 'string' ? (bearer(param) ?? param) : sessionCookie(cookie);
      },
    });

    const apollo = new ApolloServer<GraphQLContext>({
      schema,
      formatError,
      includeStacktraceInErrorResponses: false,
      parseOptions: PARSE_OPTIONS,
      validationRules,
      introspection: !config.production,
      // main.ts owns SIGTERM/SIGINT and stops everything in order.
      stopOnTerminationSignals: false,
      plugins: [
        signInPlugin,
        operationGuardPlugin(checkOperation),
        // Production serves no landing page (Apollo's loads its Sandbox from a CDN, which the CSP refuses).
        ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
        metrics.graphqlTimer<GraphQLContext>(),
        // No cache hints are used; skipping their per-field bookkeeping matters on large pages.
        ApolloServerPluginCacheControlDisabled(),
        ApolloServerPluginDrainHttpServer({ httpServer }),
        {
          async serverWillStart() {
            return {
              async drainServer() {
                await ws.dispose();
              },
            };
          },
        },
      ],
    });
    await apollo.start();

    app.disable('x-powered-by');
    // No ETag on API answers: they are POSTs or change by the second; static files keep theirs (serve-static).
    app.set('etag', false);
    // Behind a TLS proxy: req.secure (the session cookie's Secure flag) and req.ip (the sign-in limit)
    // come from X-Forwarded-Proto / X-Forwarded-For, trusted only from the configured proxies.
    app.set('trust proxy', config.trustProxy);
    app.use(metrics.httpTimer());
    app.use(requestLog(logger));
    app.use(securityHeaders(config.production));
    // The API first: its requests then pass no other router on their way.
    app.use(
      '/graphql',
      graphqlUploadExpress({ maxFileSize: config.maxPackageBytes + 1, maxFiles: 1 }),
      express.json({ limit: '1mb' }),
      (req, res, next) => {
        // An oversized document is refused before Apollo hashes or parses it.
        const tooLong = documentTooLong((req.body as { query?: unknown } | undefined)?.query);
        if (tooLong) res.status(400).json({ errors: [tooLong.toJSON()] });
        else next();
      },
      expressMiddleware(apollo, {
        context: async ({ req, res }): Promise<GraphQLContext> => {
          const em = orm.em.fork();
          return {
            em,
            viewer: await viewerFor(em, requestSecret(req)),
            loaders: new RequestLoaders(),
            address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
            req,
            res,
          };
        },
      }),
    );
    let stopping = false;
    app.use(healthRoutes(orm, () => stopping));
    app.use(metrics.routes(config.metricsToken));
    app.use(channelRoutes(orm, services.channel, logger, new Throttle({ burst: config.channelRatePerMinute, perMinute: config.channelRatePerMinute })));
    app.use(exportRoutes(orm, services, createAccessCheck(services.platform, clock), (em, req) => viewerFor(em, requestSecret(req)), logger));
    if (config.testHooks) {
      app.use(
        testHookRoutes(
          clock,
          services.sweeper,
          () => services.dispatcher.drain(),
          (at) => services.licenseTime.reset(at),
        ),
      );
      logger.warn('test hooks are on: POST /__test__/clock, /__test__/sweep and /__test__/deliver');
    }
    if (existsSync(WEB_DIST)) {
      // Compressed; files under assets/ carry a content hash in their names, so they never change.
      app.use(compression());
      app.use('/assets', express.static(join(WEB_DIST, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: false }));
      app.use(express.static(WEB_DIST, { index: false, maxAge: '1h' }));
      app.get(/^\/(?!graphql|channels|exports|__test__|healthz|readyz|metrics).*/, (_req, res) =>
        res.set('Cache-Control', 'no-cache').sendFile('index.html', { root: WEB_DIST }),
      );
    } else {
      logger.warn({ dir: WEB_DIST }, 'the SPA is not built; only the API is served');
    }
    app.use(jsonErrors(logger));

    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, resolve);
    });
    const port = listeningPort(httpServer);
    const url = `http://127.0.0.1:${port}`;
    logger.info({ url }, 'license server listening');

    return {
      url,
      port,
      services,
      orm,
      dataLocation: embedded === null ? `PostgreSQL at ${databaseHost(databaseUrl)} (DATABASE_URL)` : `embedded PostgreSQL in ${embedded.databaseDir}`,
      close: async () => {
        // Load balancers see /readyz fail at once and stop sending new requests while we drain.
        stopping = true;
        await apollo.stop();
        await ws.close();
        await services.close();
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await orm.close(true);
    await embedded?.stop();
    throw error;
  }
}

function listeningPort(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the HTTP server has no TCP address');
  return address.port;
}

function databaseHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return 'the configured URL';
  }
}

function bearer(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

function sessionCookie(header: string | undefined): string | null {
  if (!header) return null;
  return parseCookies(header)[SESSION_COOKIE] ?? null;
}

/** A bearer token wins over the session cookie, so integrators are never confused by a browser session. */
function requestSecret(req: Request): string | null {
  return bearer(req.headers.authorization) ?? sessionCookie(req.headers.cookie);
}
