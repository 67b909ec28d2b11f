import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, MaxLength } from 'class-validator';
import { ConnectionArgs, connectionOf } from '../../graphql/connection.js';
import { DESCRIPTION_MAX_LENGTH, URL_MAX_LENGTH, WEBHOOK_EVENT_TYPES, type DeliveryStatus, type WebhookEventType } from './outbox.rules.js';
import type { DeliveryRow, EndpointRow } from './outbox.repository.js';

export const WebhookEventTypeEnum = Object.fromEntries(WEBHOOK_EVENT_TYPES.map((t) => [t, t])) as { [T in WebhookEventType]: T };
registerEnumType(WebhookEventTypeEnum, {
  name: 'WebhookEventType',
  description: 'What a webhook endpoint is told about (SPEC 10); the body carries the dotted `type`.',
  valuesConfig: {
    LICENSE_REMINDER: { description: '`license.reminder`: a resource reached a reminder threshold.' },
    LICENSE_EXPIRED: { description: '`license.expired`: a resource expired.' },
    LICENSE_RENEWED: { description: "`license.renewed`: a resource's expiry moved later." },
    LICENSE_PACKAGE_UPLOADED: { description: '`license_package.uploaded`: an upload imported certificates.' },
    LICENSE_BOUND: { description: '`license.bound`: an agent license was bound to an agent.' },
    WEBHOOK_TEST: { description: '`webhook.test`: sent on request, to check an endpoint.' },
  },
});

export const DeliveryStatusEnum: { [S in DeliveryStatus]: S } = { PENDING: 'PENDING', DELIVERED: 'DELIVERED', FAILED: 'FAILED' };
registerEnumType(DeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not yet sent, or waiting for its next attempt.' },
    DELIVERED: { description: 'The receiver answered 2xx within 10 s.' },
    FAILED: { description: 'Every attempt failed; it is not retried unless redelivered.' },
  },
});

@ObjectType('WebhookEndpoint', { simpleResolvers: true, description: 'Where the platform posts signed events (admins only).' })
export class WebhookEndpointType {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => String, { description: 'The http(s) URL requests are posted to.' })
  url!: string;

  @Field(() => String, { description: 'What the endpoint is for.' })
  description!: string;

  @Field(() => [WebhookEventTypeEnum], { description: 'The event types it receives.' })
  events!: WebhookEventType[];

  @Field(() => Date, { description: 'When it was added.' })
  createdAt!: Date;

  static from(row: EndpointRow): WebhookEndpointType {
    return Object.assign(new WebhookEndpointType(), { id: row.id, url: row.url, description: row.description, events: row.events, createdAt: row.createdAt });
  }
}

@ObjectType({ simpleResolvers: true, description: 'A new webhook endpoint and its signing secret, shown this once.' })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpointType, { description: 'The endpoint.' })
  endpoint!: WebhookEndpointType;

  @Field(() => String, { description: '`whsec_` + base64 of 32 random bytes: verify `webhook-signature` with it (Standard Webhooks).' })
  secret!: string;
}

@ObjectType('WebhookDelivery', { simpleResolvers: true, description: 'One event posted to one endpoint, with every attempt summed up.' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Stable id; the `webhook-id` header of every attempt.' })
  id!: string;

  @Field(() => WebhookEventTypeEnum, { description: 'What it tells.' })
  eventType!: WebhookEventType;

  @Field(() => DeliveryStatusEnum, { description: 'Where it stands.' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'How many attempts were made.' })
  attempts!: number;

  @Field(() => Int, { nullable: true, description: "The last attempt's HTTP status; null when none came." })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: "The last attempt's error (no answer, refused address…); null when none." })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null once DELIVERED or FAILED.' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { description: 'When it was queued.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a 2xx came back.' })
  deliveredAt!: Date | null;

  static from(row: DeliveryRow): WebhookDeliveryType {
    return Object.assign(new WebhookDeliveryType(), {
      id: row.id,
      eventType: row.eventType as WebhookEventType,
      status: row.status,
      attempts: row.attempts,
      lastStatusCode: row.lastStatusCode,
      lastError: row.lastError,
      nextAttemptAt: row.nextAttemptAt,
      createdAt: row.createdAt,
      deliveredAt: row.deliveredAt,
    });
  }
}

export const WebhookDeliveryConnection = connectionOf(WebhookDeliveryType, 'WebhookDelivery', 'webhook delivery');

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: `An http(s) URL, at most ${URL_MAX_LENGTH} characters.` })
  @MaxLength(URL_MAX_LENGTH)
  url!: string;

  @Field(() => String, { defaultValue: '', description: `What it is for, at most ${DESCRIPTION_MAX_LENGTH} characters.` })
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description: string = '';

  @Field(() => [WebhookEventTypeEnum], { description: 'The event types to receive; at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length * 2)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events!: WebhookEventType[];
}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The endpoint.' })
  endpointId!: string;
}
