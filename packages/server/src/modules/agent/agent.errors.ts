import { DomainError } from '../../graphql/domain-error.js';

export const agentNotFound = (id: string): DomainError =>
  new DomainError('AGENT_NOT_FOUND', `There is no agent with the id "${id}" (it may have been deleted).`);
