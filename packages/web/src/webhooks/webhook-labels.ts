import type { WebhookDeliveryStatus, WebhookEventType } from '@licensing/schema/web';
import type { Look } from '../common/status-badge.js';
import type { MessageKey } from '../i18n/i18n.js';

interface EventLook {
  /** The dotted `type` the receiver reads in the body. */
  readonly type: string;
  /** What it tells, as a catalog key (worded while rendering, so it follows a switch). */
  readonly description: MessageKey;
}

/** Event type → its dotted name and what it tells; typed over the generated enum, so a new type fails the build. */
export const EVENT_TYPE_LOOK: Readonly<Record<WebhookEventType, EventLook>> = {
  LICENSE_REMINDER: { type: 'license.reminder', description: 'webhooks.event.LICENSE_REMINDER' },
  LICENSE_EXPIRED: { type: 'license.expired', description: 'webhooks.event.LICENSE_EXPIRED' },
  LICENSE_RENEWED: { type: 'license.renewed', description: 'webhooks.event.LICENSE_RENEWED' },
  LICENSE_BOUND: { type: 'license.bound', description: 'webhooks.event.LICENSE_BOUND' },
  LICENSE_PACKAGE_UPLOADED: { type: 'license_package.uploaded', description: 'webhooks.event.LICENSE_PACKAGE_UPLOADED' },
  WEBHOOK_TEST: { type: 'webhook.test', description: 'webhooks.event.WEBHOOK_TEST' },
};

/** The event types in the order the create form offers them. */
export const EVENT_TYPES = Object.keys(EVENT_TYPE_LOOK) as WebhookEventType[];

/** Delivery status → words and colour. */
export const DELIVERY_STATUS_LOOK: Readonly<Record<WebhookDeliveryStatus, Look>> = {
  PENDING: { label: 'webhooks.status.PENDING', tone: 'info' },
  DELIVERED: { label: 'webhooks.status.DELIVERED', tone: 'ok' },
  FAILED: { label: 'webhooks.status.FAILED', tone: 'danger' },
};
