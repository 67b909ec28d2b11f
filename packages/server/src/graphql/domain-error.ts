/**
 * Every error a client may see, by its `extensions.code` (SPEC 9). Modules throw DomainError with one of
 * these; `format-error.ts` turns it into a GraphQL error and masks everything else.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'
  | 'PLATFORM_LICENSE_INACTIVE'
  | 'AGENT_LICENSE_INACTIVE'
  | 'LICENSE_PACKAGE_INVALID'
  | 'LICENSE_NOT_FOUND'
  | 'AGENT_NOT_FOUND'
  | 'LICENSE_NOT_BINDABLE';

export type ErrorExtensions = Readonly<Record<string, unknown>>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: ErrorExtensions = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, extensions: ErrorExtensions = {}): DomainError => new DomainError('BAD_USER_INPUT', message, extensions);
