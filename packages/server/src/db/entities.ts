import { AccessToken } from '../modules/auth/access-token.entity.js';
import { LoginFailure } from '../modules/auth/login-failure.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { Platform } from '../modules/platform/platform.entity.js';
import { Agent } from '../modules/agent/agent.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { ChannelMessage } from '../modules/channel/channel-message.entity.js';
import { Activation } from '../modules/license/activation.entity.js';
import { Certificate } from '../modules/license/certificate.entity.js';
import { LicenseUpload } from '../modules/license/license-upload.entity.js';
import { UnlimitedGrant } from '../modules/license/unlimited-grant.entity.js';
import { Notification } from '../modules/reminder/notification.entity.js';
import { Reminder } from '../modules/reminder/reminder.entity.js';
import { OutboxDelivery } from '../modules/outbox/outbox-delivery.entity.js';
import { WebhookEndpoint } from '../modules/outbox/webhook-endpoint.entity.js';
import { ClockIncident } from '../modules/clock/clock-incident.entity.js';
import { LicenseClock } from '../modules/clock/license-clock.entity.js';
import { MetricCounter } from '../modules/metrics/metric-counter.entity.js';

/** Every entity, one per table, listed explicitly: discovery by folder scanning does not work under tsx/ESM. */
export const ENTITIES = [
  User,
  AccessToken,
  LoginFailure,
  Platform,
  Agent,
  ChannelMessage,
  AuditEvent,
  LicenseUpload,
  Certificate,
  Activation,
  UnlimitedGrant,
  Reminder,
  Notification,
  WebhookEndpoint,
  OutboxDelivery,
  LicenseClock,
  ClockIncident,
  MetricCounter,
];
