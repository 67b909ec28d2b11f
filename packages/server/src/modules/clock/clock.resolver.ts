import { FieldResolver, Resolver } from 'type-graphql';
import { PlatformType } from '../platform/index.js';
import type { LicenseTimeService } from './license-time.service.js';
import { PlatformClockType } from './clock.types.js';

/** `Platform.clock` (SPEC 14), resolved here: the clock module owns the high-water mark. */
@Resolver(() => PlatformType)
export class PlatformClockResolver {
  constructor(private readonly licenseTime: LicenseTimeService) {}

  @FieldResolver(() => PlatformClockType, { description: 'The license clock: whether the system clock was set back, and the time licenses are judged at.' })
  clock(): PlatformClockType {
    return this.licenseTime.state();
  }
}
