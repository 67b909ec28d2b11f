import { DomainError } from '../../graphql/domain-error.js';

export const webhookEndpointNotFound = (id: string): DomainError => new DomainError('NOT_FOUND', `No webhook endpoint ${id}.`, { endpointId: id });
export const webhookDeliveryNotFound = (id: string): DomainError =>
  new DomainError('NOT_FOUND', `No webhook delivery ${id} that can be sent again.`, { deliveryId: id });
