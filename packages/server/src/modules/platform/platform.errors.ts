import { DomainError } from '../../graphql/domain-error.js';

export const platformInactive = (expiredAt: Date | null): DomainError =>
  new DomainError(
    'PLATFORM_LICENSE_INACTIVE',
    expiredAt === null
      ? 'The platform has never been licensed. Upload a license package to activate it.'
      : `The platform license expired on ${expiredAt.toISOString()}. Upload a license package to renew it.`,
    { expiredAt: expiredAt?.toISOString() ?? null },
  );
