import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Clock } from '../../clock/clock.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { daysLeft, resourceStatus } from '../expiry/index.js';
import type { PlatformService } from './platform.service.js';
import { PlatformType } from './platform.types.js';

@Resolver(() => PlatformType)
export class PlatformResolver {
  constructor(
    private readonly platformService: PlatformService,
    private readonly clock: Clock,
  ) {}

  /** `unlimitedAgents` is resolved by the license module, which owns the certificates it depends on. */
  @Authorized('READ')
  @Query(() => PlatformType, { description: 'This installation: its instance id and license state at the current second.' })
  async platform(@Ctx() ctx: GraphQLContext): Promise<Omit<PlatformType, 'unlimitedAgents'>> {
    const license = await this.platformService.license(ctx.em);
    const now = this.clock.now();
    return {
      instanceId: license.instanceId,
      status: resourceStatus(license, now),
      expiresAt: license.expiresAt,
      permanent: license.permanent,
      daysLeft: daysLeft(license, now),
    };
  }
}
