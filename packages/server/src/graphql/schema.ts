import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import { ApiTokenResolver } from '../modules/auth/api-token.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { UserResolver } from '../modules/auth/user.resolver.js';
import type { Services } from '../services.js';
import { createAccessGuard } from './access-guard.js';
import { authChecker } from './auth-checker.js';
import { SCALARS_MAP } from './scalars.js';

/** Builds the executable schema with resolvers bound to this server's services (no global container). */
export async function buildApiSchema(services: Services): Promise<GraphQLSchema> {
  const resolvers = [
    new AuthResolver(services.auth),
    new UserResolver(services.auth),
    new ApiTokenResolver(services.auth),
  ] as const;
  const byClass = new Map<Function, object>(resolvers.map((r) => [r.constructor, r]));
  const container: ContainerType = {
    get: (someClass) => {
      const instance = byClass.get(someClass);
      if (!instance) throw new Error(`no instance registered for ${someClass.name}`);
      return instance;
    },
  };
  return buildSchema({
    resolvers: [AuthResolver, UserResolver, ApiTokenResolver],
    container,
    authChecker,
    globalMiddlewares: [createAccessGuard(services.platform, services.clock)],
    scalarsMap: SCALARS_MAP,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
