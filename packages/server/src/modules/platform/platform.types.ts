import { Field, Int, ObjectType } from 'type-graphql';
import { ResourceStatusEnum, type ResourceStatus } from '../expiry/index.js';

@ObjectType('Platform', { simpleResolvers: true, description: 'This installation and its license state.' })
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
