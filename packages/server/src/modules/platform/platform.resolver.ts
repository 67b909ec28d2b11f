import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Clock } from '../../clock/clock.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { daysLeft, resourceStatus } from '../license/license.rules.js';
import type { LicenseService } from '../license/license.service.js';
import type { PlatformService } from './platform.service.js';
import { PlatformType } from './platform.types.js';

@Resolver()
export class PlatformResolver {
  constructor(
    private readonly platformService: PlatformService,
    private readonly licenseService: LicenseService,
    private readonly clock: Clock,
  ) {}

  @Authorized('READ')
  @Query(() => PlatformType, { description: 'This installation: its instance id and license state at the current second.' })
  async platform(@Ctx() ctx: GraphQLContext): Promise<PlatformType> {
    const [license, unlimitedAgents] = await Promise.all([
      this.platformService.license(ctx.em),
      this.licenseService.unlimitedAgentsActive(ctx.em),
    ]);
    const now = this.clock.now();
    return {
      instanceId: license.instanceId,
      status: resourceStatus(license, now),
      expiresAt: license.expiresAt,
      permanent: license.permanent,
      daysLeft: daysLeft(license, now),
      unlimitedAgents,
    };
  }
}
