import type { Problem } from '@licensing/lcs';
import { DomainError } from '../../graphql/domain-error.js';
import type { BindRefusal } from './license.rules.js';

export const packageInvalid = (problems: readonly Problem[]): DomainError =>
  new DomainError(
    'LICENSE_PACKAGE_INVALID',
    problems.length === 1
      ? `The license package was refused, nothing was imported: ${problems[0]!.message}`
      : `The license package was refused, nothing was imported: ${problems.length} problems were found.`,
    { problems: problems.map((p) => ({ index: p.index, certificateId: p.certificateId, code: p.code, message: p.message })) },
  );

export const licenseNotFound = (id: string): DomainError => new DomainError('LICENSE_NOT_FOUND', `There is no license with the id "${id}".`);

const REFUSALS: Record<BindRefusal, string> = {
  ALREADY_BOUND: 'This license is already bound; a binding can never be changed.',
  NOT_AGENT_LICENSE: 'Only agent licenses can be bound to an agent; platform licenses apply to the platform on upload.',
  ACTIVATION_DEADLINE_PASSED: 'This license had to be bound before its activate-by date, which has passed.',
  AGENT_DELETED: 'This agent has been deleted; licenses cannot be bound to it.',
};

export const notBindable = (reason: BindRefusal): DomainError => new DomainError('LICENSE_NOT_BINDABLE', REFUSALS[reason], { reason });
