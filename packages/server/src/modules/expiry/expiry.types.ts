import { registerEnumType } from 'type-graphql';
import type { ResourceStatus } from './expiry.rules.js';

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
