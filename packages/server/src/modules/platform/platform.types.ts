import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ResourceStatus } from '../license/license.rules.js';

export const ResourceStatusEnum: { [S in ResourceStatus]: S } = { UNLICENSED: 'UNLICENSED', ACTIVE: 'ACTIVE', EXPIRED: 'EXPIRED' };
registerEnumType(ResourceStatusEnum, {
  name: 'ResourceStatus',
  description: 'The license state of the platform or an agent (SPEC 2).',
  valuesConfig: {
    UNLICENSED: { description: 'Never licensed.' },
    ACTIVE: { description: 'Permanent, or now is before the expiry.' },
    EXPIRED: { description: 'Now is at or after the expiry.' },
  },
});

@ObjectType('Platform', { description: 'This installation and its license state.' })
export class PlatformType {
  @Field(() => String, { description: 'The id a vendor issues license packages for (their `aud`).' })
  instanceId!: string;

  @Field(() => ResourceStatusEnum, { description: 'UNLICENSED, ACTIVE or EXPIRED, at the current second.' })
  status!: ResourceStatus;

  @Field(() => Date, { nullable: true, description: 'When the platform license ends; null when permanent or never licensed.' })
  expiresAt!: Date | null;

  @Field(() => Boolean, { description: 'True when the platform is licensed forever.' })
  permanent!: boolean;

  @Field(() => Int, { nullable: true, description: 'Whole days left, rounded up; 0 when expired; null when permanent or unlicensed.' })
  daysLeft!: number | null;

  @Field(() => Boolean, { description: 'True while now is inside the window of an unlimited-agents license.' })
  unlimitedAgents!: boolean;
}
