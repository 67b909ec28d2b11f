import { DomainError } from '../../graphql/domain-error.js';

export const wrongCredentials = (): DomainError => new DomainError('UNAUTHENTICATED', 'The email or password is not right.');

export const signInRequired = (): DomainError => new DomainError('UNAUTHENTICATED', 'Sign in first: this needs a session or an API token.');

export const tooManyAttempts = (retryAfterSeconds: number): DomainError =>
  new DomainError(
    'RATE_LIMITED',
    `Too many failed sign-ins. Try again in ${retryAfterSeconds < 120 ? `${retryAfterSeconds} second(s)` : `${Math.ceil(retryAfterSeconds / 60)} minute(s)`}.`,
    {
      retryAfterSeconds,
    },
  );

export const userNotFound = (): DomainError => new DomainError('NOT_FOUND', 'There is no such user.');
