import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { ConnectionArgs, connectionOf } from '../../graphql/connection.js';
import type { NotificationKind } from './notification.entity.js';
import { ResourceStatusEnum, type ExpiryEventKind, type ResourceStatus, type ResourceType } from '../expiry/index.js';

export const ResourceTypeEnum: { [R in ResourceType]: R } = { PLATFORM: 'PLATFORM', AGENT: 'AGENT' };
registerEnumType(ResourceTypeEnum, { name: 'ResourceType', description: 'A licensed resource: the platform or an agent.' });

export const ExpiryEventKindEnum: { [K in ExpiryEventKind]: K } = { REMINDER: 'REMINDER', EXPIRED: 'EXPIRED', RENEWED: 'RENEWED' };
registerEnumType(ExpiryEventKindEnum, {
  name: 'ExpiryEventKind',
  description: "What happened to a resource's expiry.",
  valuesConfig: {
    REMINDER: { description: 'A reminder threshold was reached (see `threshold`).' },
    EXPIRED: { description: 'The license ran out (sent once per expiry).' },
    RENEWED: { description: 'The expiry moved later: an upload, a binding or an unlimited grant.' },
  },
});

export const NotificationKindEnum: { [K in NotificationKind]: K } = { REMINDER: 'REMINDER', EXPIRED: 'EXPIRED', CLOCK_ROLLED_BACK: 'CLOCK_ROLLED_BACK' };
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'Why a notification was made.',
  valuesConfig: {
    REMINDER: { description: 'A reminder threshold before an expiry was reached.' },
    EXPIRED: { description: 'A license ran out.' },
    CLOCK_ROLLED_BACK: { description: 'The system clock was set back behind the license clock (SPEC 14); `expiresAt` is the time licenses are judged at.' },
  },
});

@ObjectType('ExpiringResource', { simpleResolvers: true, description: 'A resource that is expired or expires soon, for the banners.' })
export class ExpiringResourceType {
  @Field(() => ResourceTypeEnum, { description: 'PLATFORM or AGENT.' })
  resourceType!: ResourceType;

  @Field(() => ID, { description: "The agent's id, or the platform's instance id." })
  resourceId!: string;

  @Field(() => String, { description: 'The agent\'s name, or "Platform".' })
  name!: string;

  @Field(() => ResourceStatusEnum, { description: 'ACTIVE or EXPIRED, at the current second.' })
  status!: ResourceStatus;

  @Field(() => Date, { description: 'When its license ends or ended.' })
  expiresAt!: Date;

  @Field(() => Int, { description: 'Whole days left, rounded up; 0 when expired.' })
  daysLeft!: number;
}

@ObjectType('ExpiryEvent', { simpleResolvers: true, description: 'A live event of the `expiringResources` subscription.' })
export class ExpiryEventType {
  @Field(() => ExpiryEventKindEnum, { description: 'REMINDER, EXPIRED or RENEWED.' })
  kind!: ExpiryEventKind;

  @Field(() => ResourceTypeEnum, { description: 'PLATFORM or AGENT.' })
  resourceType!: ResourceType;

  @Field(() => ID, { description: "The agent's id, or the platform's instance id." })
  resourceId!: string;

  @Field(() => String, { description: 'The agent\'s name, or "Platform".' })
  name!: string;

  @Field(() => Date, { nullable: true, description: 'The expiry the event is about; null when the resource became permanent.' })
  expiresAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'Whole days left when the event was made; null when permanent.' })
  daysLeft!: number | null;

  @Field(() => Int, { nullable: true, description: 'The reminder threshold in days; null but for reminders.' })
  threshold!: number | null;
}

@ObjectType('Notification', { simpleResolvers: true, description: 'An in-app notice to a license manager about an expiry.' })
export class NotificationType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => NotificationKindEnum, { description: 'REMINDER, EXPIRED or CLOCK_ROLLED_BACK.' })
  kind!: NotificationKind;

  @Field(() => ResourceTypeEnum, { description: 'PLATFORM or AGENT.' })
  resourceType!: ResourceType;

  @Field(() => ID, { description: "The agent's id, or the platform's instance id." })
  resourceId!: string;

  @Field(() => String, { description: 'The agent\'s name, or "Platform".' })
  name!: string;

  @Field(() => Date, { description: 'The expiry it is about; for CLOCK_ROLLED_BACK, the high-water mark licenses are judged at.' })
  expiresAt!: Date;

  @Field(() => Int, { description: 'Whole days that were left when it was made.' })
  daysLeft!: number;

  @Field(() => Int, { nullable: true, description: 'The reminder threshold in days; null for EXPIRED.' })
  threshold!: number | null;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => Boolean, { description: 'True once marked read.' })
  read!: boolean;
}

export const NotificationConnection = connectionOf(NotificationType, 'Notification', 'notification');

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only unread notifications.' })
  @IsOptional()
  unreadOnly: boolean = false;
}

@ArgsType()
export class ExpiringResourcesArgs {
  @Field(() => Int, { defaultValue: 45, description: 'How many days ahead to look, 0 to 36500.' })
  @Min(0)
  @Max(36500)
  withinDays: number = 45;
}
