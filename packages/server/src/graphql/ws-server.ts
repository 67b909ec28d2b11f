import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { PgBus } from '../events/pg-bus.js';
import type { Viewer } from '../modules/auth/viewer.js';
import { originAllowed } from '../security/origin.rules.js';
import type { GraphQLContext } from './context.js';
import { RequestLoaders } from './loaders.js';
import { documentTooLong, PARSE_OPTIONS } from './operation-limits.js';
import type { OperationCheck } from './operation-guard.js';

/** The largest WebSocket message accepted; a larger frame closes the socket with 1009 before it is buffered. */
export const MAX_WS_PAYLOAD_BYTES = 1024 * 1024;

export interface GraphQLWebSocketDeps {
  readonly httpServer: Server;
  readonly schema: GraphQLSchema;
  readonly orm: MikroORM;
  readonly bus: PgBus;
  readonly logger: Logger;
  readonly allowedOrigins: readonly string[];
  readonly validationRules: readonly ValidationRule[];
  readonly check: OperationCheck;
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** The viewer a secret belongs to, or null (unknown, revoked, expired, user disabled). */
  readonly viewerFor: (em: GraphQLContext['em'], secret: string | null) => Promise<Viewer | null>;
  /** The secret a connection presents: `authorization` in connection_init, else the session cookie. */
  readonly secretOf: (params: Record<string, unknown> | undefined, cookie: string | undefined) => string | null;
}

/**
 * graphql-ws at /graphql, serving subscriptions only. Queries and mutations go over HTTP, where the
 * CSRF preflight, body limits and upload handling live; one way in for them keeps one set of
 * safeguards. Subscriptions still pass what an HTTP operation passes: the same parse limits and
 * validation rules, the same rate limit and input check, and the same error formatter.
 * At the upgrade: an Origin allow-list and a 1 MiB frame cap. A socket whose session or token is
 * revoked, or whose user is disabled, is closed (4401) as soon as the bus says access changed.
 */
export function startGraphQLWebSocket(deps: GraphQLWebSocketDeps): { dispose(): Promise<void>; close(): Promise<void> } {
  const { schema, orm, formatError } = deps;
  const wsServer = new WebSocketServer({
    server: deps.httpServer,
    path: '/graphql',
    maxPayload: MAX_WS_PAYLOAD_BYTES,
    verifyClient: (info, done) => {
      const allowed = originAllowed(info.req.headers.origin, info.req.headers.host, deps.allowedOrigins);
      if (!allowed) deps.logger.warn({ origin: info.req.headers.origin }, 'refused a WebSocket from a foreign origin');
      done(allowed, 403, 'Forbidden origin');
    },
  });

  /** Open, signed-in sockets, by the user and secret they connected with. */
  const sockets = new Map<WebSocket, { userId: string; secret: string }>();
  const offAccess = deps.bus.on('access-changed', ({ userId }) => {
    for (const [socket, owner] of sockets) {
      if (owner.userId !== userId) continue;
      void deps.viewerFor(orm.em.fork(), owner.secret).then(
        (viewer) => {
          if (viewer === null) socket.close(4401, 'Unauthorized');
        },
        (error: unknown) => deps.logger.error({ err: error }, 'could not re-check a WebSocket after an access change'),
      );
    }
  });

  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((e) => formatError(e.toJSON(), e));
  const refuse = (message: string, code: string): GraphQLError[] => [new GraphQLError(message, { extensions: { code } })];

  const cleanup = useServer<Record<string, unknown>>(
    {
      schema,
      // SPEC 9: anonymous connections are closed with 4401 before any operation.
      onConnect: async (ctx) => {
        const secret = deps.secretOf(ctx.connectionParams, ctx.extra.request.headers.cookie);
        const viewer = await deps.viewerFor(orm.em.fork(), secret);
        if (viewer === null || secret === null) {
          ctx.extra.socket.close(4401, 'Unauthorized');
          return false;
        }
        sockets.set(ctx.extra.socket, { userId: viewer.userId, secret });
        ctx.extra.socket.once('close', () => sockets.delete(ctx.extra.socket));
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const tooLong = documentTooLong(payload.query);
        if (tooLong) return [tooLong];
        let document;
        try {
          document = parse(payload.query, PARSE_OPTIONS);
        } catch (error) {
          return [
            error instanceof GraphQLError
              ? new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })
              : new GraphQLError('Bad request.'),
          ];
        }
        const invalid = validate(schema, document, [...specifiedRules, ...deps.validationRules]);
        if (invalid.length > 0) return invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const em = orm.em.fork();
        const viewer = await deps.viewerFor(em, deps.secretOf(ctx.connectionParams, ctx.extra.request.headers.cookie));
        if (viewer === null) {
          ctx.extra.socket.close(4401, 'Unauthorized');
          return refuse('Sign in first: this needs a session or an API token.', 'UNAUTHENTICATED');
        }
        const address = ctx.extra.request.socket.remoteAddress ?? 'unknown';
        const refusal = deps.check(viewer, address, document, payload.variables);
        if (refusal !== null) return [new GraphQLError(refusal.message, { originalError: refusal })];
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refuse('Name the operation to run.', 'BAD_REQUEST');
        if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
          return refuse('Only subscriptions are served over WebSocket; send queries and mutations to POST /graphql.', 'BAD_REQUEST');
        }
        const contextValue: GraphQLContext = { em, viewer, loaders: new RequestLoaders(), address, req: null, res: null };
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
    },
    wsServer,
  );

  return {
    dispose: async () => {
      offAccess();
      await cleanup.dispose();
    },
    close: () => new Promise<void>((resolve) => wsServer.close(() => resolve())),
  };
}
