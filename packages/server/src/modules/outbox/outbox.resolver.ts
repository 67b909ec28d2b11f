import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Clock } from '../../clock/clock.js';
import { decodeCursor, toConnection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid, requireUuid } from '../../graphql/ids.js';
import { webhookDeliveryNotFound, webhookEndpointNotFound } from './outbox.errors.js';
import type { OutboxService } from './outbox.service.js';
import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookDeliveryType,
  WebhookEndpointType,
} from './outbox.types.js';

/** SPEC 10 webhooks, admins only; and whether mail is on, for everyone signed in. */
@Resolver()
export class OutboxResolver {
  constructor(
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly mailConfigured: boolean,
  ) {}

  @Authorized('READ')
  @Query(() => Boolean, { description: 'True when the server can send mail (SMTP_URL is set); without it no reminder is mailed.' })
  emailConfigured(): boolean {
    return this.mailConfigured;
  }

  @Authorized('ADMINISTER')
  @Query(() => [WebhookEndpointType], { description: 'Every webhook endpoint, newest first.' })
  async webhookEndpoints(@Ctx() ctx: GraphQLContext): Promise<WebhookEndpointType[]> {
    return (await this.outbox.endpoints(ctx.em)).map((row) => WebhookEndpointType.from(row));
  }

  @Authorized('ADMINISTER')
  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's deliveries, newest first." })
  async webhookDeliveries(@Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs, @Ctx() ctx: GraphQLContext) {
    const endpointId = requireUuid(args.endpointId, webhookEndpointNotFound);
    const { rows, total } = await this.outbox.deliveries(ctx.em, endpointId, args.first, decodeCursor(args.after));
    return toConnection(rows, args.first, total, (row) => WebhookDeliveryType.from(row));
  }

  @Authorized('ADMINISTER')
  @Mutation(() => CreatedWebhookEndpoint, { description: 'Adds an endpoint; its signing secret is in the answer and never shown again.' })
  async createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput, { description: 'The endpoint.' }) input: CreateWebhookEndpointInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreatedWebhookEndpoint> {
    const { endpoint, secret } = await this.outbox.createEndpoint(ctx.em, ctx.viewer!, input);
    return Object.assign(new CreatedWebhookEndpoint(), { endpoint: WebhookEndpointType.from(endpoint), secret });
  }

  @Authorized('ADMINISTER')
  @Mutation(() => Boolean, { description: 'Deletes an endpoint; its pending deliveries are dropped. False when there was none.' })
  async deleteWebhookEndpoint(@Arg('id', () => ID, { description: 'The endpoint.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return isUuid(id) ? this.outbox.deleteEndpoint(ctx.em, ctx.viewer!, id) : false;
  }

  @Authorized('ADMINISTER')
  @Mutation(() => WebhookDeliveryType, { description: 'Queues a `webhook.test` to an endpoint and sends it at once.' })
  async sendTestWebhook(@Arg('id', () => ID, { description: 'The endpoint.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<WebhookDeliveryType> {
    return WebhookDeliveryType.from(await this.outbox.sendTest(ctx.em, ctx.viewer!, requireUuid(id, webhookEndpointNotFound), this.clock.now()));
  }

  @Authorized('ADMINISTER')
  @Mutation(() => WebhookDeliveryType, { description: 'Sends a delivery once more, with the same `webhook-id`.' })
  async redeliverWebhook(
    @Arg('deliveryId', () => ID, { description: 'The delivery.' }) deliveryId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookDeliveryType> {
    return WebhookDeliveryType.from(await this.outbox.redeliver(ctx.em, requireUuid(deliveryId, webhookDeliveryNotFound)));
  }
}
