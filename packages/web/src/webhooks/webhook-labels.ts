import type { WebhookDeliveryStatus, WebhookEventType } from '@licensing/schema/web';
import type { Look } from '../common/status-badge.js';

interface EventLook {
  /** The dotted `type` the receiver reads in the body. */
  readonly type: string;
  readonly description: string;
}

/** Event type → its dotted name and what it tells; typed over the generated enum, so a new type fails the build. */
export const EVENT_TYPE_LOOK: Readonly<Record<WebhookEventType, EventLook>> = {
  LICENSE_REMINDER: { type: 'license.reminder', description: 'A license reached a reminder threshold' },
  LICENSE_EXPIRED: { type: 'license.expired', description: 'A license expired' },
  LICENSE_RENEWED: { type: 'license.renewed', description: 'A license was renewed' },
  LICENSE_BOUND: { type: 'license.bound', description: 'An agent license was bound to an agent' },
  LICENSE_PACKAGE_UPLOADED: { type: 'license_package.uploaded', description: 'A license package was uploaded' },
  WEBHOOK_TEST: { type: 'webhook.test', description: 'A test, sent on request' },
};

/** The event types in the order the create form offers them. */
export const EVENT_TYPES = Object.keys(EVENT_TYPE_LOOK) as WebhookEventType[];

/** Delivery status → words and colour. */
export const DELIVERY_STATUS_LOOK: Readonly<Record<WebhookDeliveryStatus, Look>> = {
  PENDING: { label: 'webhooks.status.PENDING', tone: 'info' },
  DELIVERED: { label: 'webhooks.status.DELIVERED', tone: 'ok' },
  FAILED: { label: 'webhooks.status.FAILED', tone: 'danger' },
};
