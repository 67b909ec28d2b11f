/**
 * P2-bare's baseline, run as a process of its own (see lib/server.ts): Apollo Server on Express answering
 * the committed SDL (packages/schema/schema.graphql) at $PORT/graphql, `licenses` from 50 static
 * rows — the HTTP and GraphQL work of the real endpoint (parse, validate, execute, serialise 50 × 16
 * fields with the same DateTime scalar) and nothing else: no session, no database, no rules.
 */
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import { STATIC_LICENSES } from './static-rows.js';

const SDL = readFileSync(new URL('../../../packages/schema/schema.graphql', import.meta.url), 'utf8');
const apollo = new ApolloServer({
  typeDefs: SDL,
  resolvers: { DateTime: DateTimeResolver, JSONObject: JSONObjectResolver, Query: { licenses: () => STATIC_LICENSES } },
  plugins: [ApolloServerPluginCacheControlDisabled()],
});
await apollo.start();

const app = express();
app.disable('x-powered-by');
app.get('/readyz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo));
const listener = app.listen(Number(process.env.PORT));

const stop = (): void => {
  listener.close();
  apollo.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
