import type { GraphQLSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { validateOrReject, type ValidationError } from 'class-validator';
import { ArgumentValidationError, buildSchema, type ContainerType } from 'type-graphql';
import { AgentResolver } from '../modules/agent/agent.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { ApiTokenResolver } from '../modules/auth/api-token.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { UserResolver } from '../modules/auth/user.resolver.js';
import { ChannelResolver } from '../modules/channel/channel.resolver.js';
import { PlatformClockResolver } from '../modules/clock/index.js';
import { AgentLicensesResolver, LicenseResolver, PlatformUnlimitedResolver } from '../modules/license/license.resolver.js';
import { OutboxResolver } from '../modules/outbox/outbox.resolver.js';
import { TrustedKeyResolver } from '../modules/license/trusted-key.resolver.js';
import { PlatformResolver } from '../modules/platform/platform.resolver.js';
import { ReminderResolver } from '../modules/reminder/reminder.resolver.js';
import type { Services } from '../services.js';
import { createAuthChecker } from './access-control.js';
import { SCALARS_MAP } from './scalars.js';

const RESOLVERS = [
  AuthResolver,
  UserResolver,
  ApiTokenResolver,
  PlatformResolver,
  PlatformUnlimitedResolver,
  PlatformClockResolver,
  LicenseResolver,
  TrustedKeyResolver,
  AgentResolver,
  AgentLicensesResolver,
  ChannelResolver,
  AuditResolver,
  ReminderResolver,
  OutboxResolver,
] as const;

/** One instance of each resolver, bound to this server's services. */
function createResolvers(s: Services): object[] {
  return [
    new AuthResolver(s.auth),
    new UserResolver(s.auth),
    new ApiTokenResolver(s.auth),
    new PlatformResolver(s.platform, s.clock),
    new PlatformUnlimitedResolver(s.licenses),
    new PlatformClockResolver(s.licenseTime),
    new LicenseResolver(s.licenses, s.clock, s.config.maxPackageBytes),
    new TrustedKeyResolver(s.vendorKeys.keys, s.vendorKeys.source),
    new AgentResolver(s.agents, s.clock),
    new AgentLicensesResolver(s.licenses, s.clock),
    new ChannelResolver(s.channel, s.agents),
    new AuditResolver(s.audit),
    new ReminderResolver(s.notifications),
    new OutboxResolver(s.outbox, s.clock, s.config.smtpUrl !== null),
  ];
}

/** Options type-graphql's own validation would use with `validate: { forbidUnknownValues: false }`. */
const VALIDATOR_OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * type-graphql's default argument validation with class-validator, imported once: the default imports
 * it with `await import()` for every argument of every operation, which cost a module-loader round trip
 * per request. Same rules, same ArgumentValidationError (formatted as BAD_USER_INPUT).
 */
async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  try {
    if (Array.isArray(value))
      await Promise.all(value.filter((item) => item !== null && typeof item === 'object').map((item: object) => validateOrReject(item, VALIDATOR_OPTIONS)));
    else await validateOrReject(value, VALIDATOR_OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

/**
 * Builds the executable schema. With services, resolvers are bound to them (no global container);
 * without, the schema can only be printed (`pnpm schema:emit` and the drift test).
 */
export async function buildApiSchema(services: Services | null): Promise<GraphQLSchema> {
  const instances = new Map<unknown, object>((services ? createResolvers(services) : []).map((r) => [r.constructor, r]));
  const container: ContainerType = {
    get: (someClass: { readonly name: string }) => {
      const instance = instances.get(someClass);
      if (!instance) throw new Error(`no resolver instance for ${someClass.name}`);
      return instance;
    },
  };
  return buildSchema({
    resolvers: RESOLVERS,
    container,
    authChecker: services ? createAuthChecker(services.platform, services.clock) : () => false,
    scalarsMap: SCALARS_MAP,
    // Expiry events reach this in-process pub/sub from every replica through the PostgreSQL bus.
    pubSub: services?.events.pubsub ?? createPubSub(),
    validateFn: validateArgument,
    emitSchemaFile: false,
  });
}
