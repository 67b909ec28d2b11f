// The expiry module's public surface: SPEC 2 resource status and the expiry events every replica relays.
export {
  EXPIRY_TOPIC,
  renewedEvent,
  type ExpiryChange,
  type ExpiryEvent,
  type ExpiryEvents,
  type ExpiryEventKind,
  type ResourceType,
} from './expiry-events.js';
export { UNLICENSED, daysLeft, expiryMovedLater, resourceStatus, type ResourceLicense, type ResourceStatus } from './expiry.rules.js';
export { ResourceStatusEnum } from './expiry.types.js';
