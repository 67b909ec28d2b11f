import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { Router } from 'express';
import { buildSchema } from 'type-graphql';
import type { Logger } from 'pino';
import { SCALARS_MAP } from '../../graphql/scalars.js';
import type { Clock } from '../../clock/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AgentDirectory } from '../channel/agent-directory.js';
import { channelRoutes } from '../channel/channel.routes.js';
import { ChannelService } from '../channel/channel.service.js';
import { BenchResolver } from './bench-resolver.js';

/**
 * The baselines `pnpm bench` measures the product against, on the same server (LICENSE_BENCH_HOOKS=1,
 * refused in production): the channel endpoint with its license check switched off (P1), and a
 * GraphQL endpoint whose `licenses` returns 50 static rows (P2).
 */
export async function benchRoutes(orm: MikroORM, clock: Clock, directory: AgentDirectory, audit: AuditService, logger: Logger): Promise<{ router: Router; stop: () => Promise<void> }> {
  const router = Router();
  const unchecked = new ChannelService(clock, directory, audit, true);
  router.use('/__bench__', channelRoutes(orm, unchecked, logger));

  const apollo = new ApolloServer({
    schema: await buildSchema({ resolvers: [BenchResolver], scalarsMap: SCALARS_MAP, validate: false, authChecker: () => false }),
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  router.use('/__bench__/graphql', express.json(), expressMiddleware(apollo));
  return { router, stop: () => apollo.stop() };
}
