import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { decodeCursor, toConnection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { badInput } from '../../graphql/domain-error.js';
import { isUuid } from '../../graphql/ids.js';
import { EXPIRY_TOPIC, type ExpiryEvent } from '../expiry/index.js';
import type { NotificationService } from './notification.service.js';
import { ExpiringResourcesArgs, ExpiringResourceType, ExpiryEventType, NotificationConnection, NotificationsArgs } from './reminder.types.js';

const MAX_MARK = 500;

@Resolver()
export class ReminderResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Authorized('READ')
  @Query(() => [ExpiringResourceType], {
    name: 'expiringResources',
    description: 'The platform and agents that are expired or expire within `withinDays`, most urgent first.',
  })
  expiringResourceList(@Args(() => ExpiringResourcesArgs) args: ExpiringResourcesArgs, @Ctx() ctx: GraphQLContext): Promise<ExpiringResourceType[]> {
    return this.notificationService.expiring(ctx.em, args.withinDays);
  }

  @Authorized('READ')
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  async notifications(@Args(() => NotificationsArgs) args: NotificationsArgs, @Ctx() ctx: GraphQLContext) {
    const { rows, total } = await this.notificationService.page(ctx.em, ctx.viewer!, args.first, decodeCursor(args.after), args.unreadOnly);
    return toConnection(rows, args.first, total, (row) => row);
  }

  @Authorized('READ')
  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: GraphQLContext): Promise<number> {
    return this.notificationService.unreadCount(ctx.em, ctx.viewer!);
  }

  @Authorized('READ')
  @Mutation(() => Int, { description: 'Marks some of your notifications read; returns how many changed.' })
  markNotificationsRead(@Arg('ids', () => [ID], { description: 'Notification ids, at most 500.' }) ids: string[], @Ctx() ctx: GraphQLContext): Promise<number> {
    if (ids.length > MAX_MARK) throw badInput(`Mark at most ${MAX_MARK} notifications at once.`);
    // Anything but a UUID names no notification.
    return this.notificationService.markRead(ctx.em, ctx.viewer!, ids.filter(isUuid));
  }

  @Authorized('READ')
  @Subscription(() => ExpiryEventType, {
    description: 'Live expiry events from every replica: REMINDER (with its threshold), EXPIRED (once per expiry) and RENEWED.',
    name: 'expiringResources',
    topics: EXPIRY_TOPIC,
  })
  expiryEvent(@Root() event: ExpiryEvent): ExpiryEventType {
    return { ...event, expiresAt: event.expiresAt === null ? null : new Date(event.expiresAt) };
  }
}
