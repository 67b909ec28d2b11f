import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request } from 'express';
import { parse as parseCookies } from 'cookie';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from 'pino';
import { ControllableClock } from './clock/clock.js';
import type { Config } from './config/config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded-database.js';
import { createOrm, migrate } from './db/orm.js';
import type { GraphQLContext } from './graphql/context.js';
import { createErrorFormatter } from './graphql/format-error.js';
import { buildApiSchema } from './graphql/schema.js';
import { ensureInitialAdmin } from './modules/auth/initial-admin.js';
import { SESSION_COOKIE } from './modules/auth/session-cookie.js';
import type { Viewer } from './modules/auth/viewer.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { createServices, type Services } from './services.js';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  readonly url: string;
  readonly port: number;
  readonly services: Services;
  readonly orm: MikroORM;
  close(): Promise<void>;
}

const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Starts the whole product on one port: database, migrations, GraphQL (HTTP + WebSocket), health, SPA. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (databaseUrl === null) {
    embedded = await startEmbeddedDatabase(config.dataDir, logger);
    databaseUrl = embedded.url;
  }
  const orm = await createOrm(databaseUrl, logger);
  try {
    await migrate(orm, databaseUrl, logger);
    const clock = new ControllableClock();
    const services = createServices(config, clock);
    const em = orm.em.fork();
    await services.platform.ensure(em, config.platformInstanceId);
    await ensureInitialAdmin(em, config, logger);

    const schema = await buildApiSchema(services);
    const app = express();
    const httpServer = createServer(app);
    const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });

    const viewerFor = async (em: GraphQLContext['em'], secret: string | null): Promise<Viewer | null> =>
      secret === null ? null : services.auth.authenticate(em, secret);

    const wsCleanup = useServer<Record<string, unknown>>(
      {
        schema,
        context: async (ctx): Promise<GraphQLContext> => {
          const em = orm.em.fork();
          const param = ctx.connectionParams?.authorization;
          const secret = typeof param === 'string' ? bearer(param) : sessionCookie(ctx.extra.request.headers.cookie);
          return { em, viewer: await viewerFor(em, secret), address: ctx.extra.request.socket.remoteAddress ?? 'unknown', req: null, res: null };
        },
      },
      wsServer,
    );

    const apollo = new ApolloServer<GraphQLContext>({
      schema,
      formatError: createErrorFormatter(logger),
      includeStacktraceInErrorResponses: false,
      // main.ts owns SIGTERM/SIGINT and stops everything in order.
      stopOnTerminationSignals: false,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      ],
    });
    await apollo.start();

    app.disable('x-powered-by');
    app.use(healthRoutes(orm));
    app.use(
      '/graphql',
      graphqlUploadExpress({ maxFileSize: config.maxPackageBytes + 1, maxFiles: 1 }),
      express.json({ limit: '1mb' }),
      expressMiddleware(apollo, {
        context: async ({ req, res }): Promise<GraphQLContext> => {
          const em = orm.em.fork();
          return { em, viewer: await viewerFor(em, requestSecret(req)), address: req.socket.remoteAddress ?? 'unknown', req, res };
        },
      }),
    );
    if (existsSync(WEB_DIST)) {
      app.use(express.static(WEB_DIST, { index: false, maxAge: '1h' }));
      app.get(/^\/(?!graphql|channels|__test__|healthz|readyz).*/, (_req, res) => res.sendFile('index.html', { root: WEB_DIST }));
    } else {
      logger.warn({ dir: WEB_DIST }, 'the SPA is not built; only the API is served');
    }

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
      close: async () => {
        await apollo.stop();
        await new Promise<void>((resolve) => wsServer.close(() => resolve()));
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
