import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../common/format.js';
import { errorMessage } from './error-message.js';

const gqlError = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code, ...extensions } }] });

describe('errorMessage', () => {
  it("words every code itself, whatever the server's English message says (SPEC 11)", () => {
    expect(errorMessage(gqlError('UNAUTHENTICATED', 'The email or password is not right.'))).toBe('Your session has ended. Please sign in again.');
    expect(errorMessage(gqlError('AGENT_NOT_FOUND', 'There is no agent with the id "x" (it may have been deleted).'))).toBe(
      'That agent does not exist or has been deleted.',
    );
    expect(errorMessage(gqlError('LICENSE_PACKAGE_INVALID', 'The license package was refused, nothing was imported: 2 problems were found.'))).toBe(
      'The license package was refused; nothing was imported.',
    );
  });

  it('words the platform being inactive with a readable date, or as never licensed', () => {
    expect(
      errorMessage(
        gqlError('PLATFORM_LICENSE_INACTIVE', 'The platform license expired on 2027-01-01T00:00:00.000Z.', { expiredAt: '2027-01-01T00:00:00.000Z' }),
      ),
    ).toBe(`The platform license expired on ${formatDateTime('2027-01-01T00:00:00.000Z')}. Upload a license package to renew it.`);
    expect(errorMessage(gqlError('PLATFORM_LICENSE_INACTIVE', 'x', { expiredAt: null }))).toBe(
      'The platform has never been licensed. Upload a license package to activate it.',
    );
  });

  it('words every binding refusal', () => {
    expect(errorMessage(gqlError('LICENSE_NOT_BINDABLE', '', { reason: 'ALREADY_BOUND' }))).toMatch(/already bound/);
    expect(errorMessage(gqlError('LICENSE_NOT_BINDABLE', '', { reason: 'NOT_AGENT_LICENSE' }))).toMatch(/Only agent licenses/);
    expect(errorMessage(gqlError('LICENSE_NOT_BINDABLE', '', { reason: 'ACTIVATION_DEADLINE_PASSED' }))).toMatch(/activate-by date/);
    expect(errorMessage(gqlError('LICENSE_NOT_BINDABLE', '', { reason: 'AGENT_DELETED' }))).toMatch(/deleted/);
  });

  it('turns rate limiting into minutes', () => {
    expect(errorMessage(gqlError('RATE_LIMITED', 'x', { retryAfterSeconds: 61 }))).toBe('Too many failed attempts. Try again in 2 minutes.');
    expect(errorMessage(gqlError('RATE_LIMITED', 'x', { retryAfterSeconds: 5 }))).toBe('Too many failed attempts. Try again in 1 minute.');
  });

  it('lists field problems of invalid input', () => {
    const error = gqlError('BAD_USER_INPUT', 'Invalid input. name: name must be shorter than or equal to 100 characters', {
      fields: [{ field: 'name', problems: ['name must be shorter than or equal to 100 characters'] }],
    });
    expect(errorMessage(error)).toBe('Please check what you entered: name must be shorter than or equal to 100 characters.');
    expect(errorMessage(gqlError('BAD_USER_INPUT', 'This email is already in use.'))).toBe(
      'Some of what you entered is not valid. Please check it and try again.',
    );
  });

  it('never shows internals, codes or stack traces', () => {
    const internal = errorMessage(gqlError('INTERNAL_SERVER_ERROR', 'Internal server error.'));
    expect(internal).toMatch(/^Something went wrong on the server/);
    expect(errorMessage(gqlError('FORBIDDEN', 'Access denied! You need to be authorized.'))).toBe('Your role does not allow this action.');
    const unknown = errorMessage(gqlError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "foo" on type "Query".'));
    expect(unknown).not.toMatch(/GRAPHQL|Cannot query/);
    expect(errorMessage(gqlError('AGENT_LICENSE_INACTIVE', 'AGENT_LICENSE_INACTIVE'))).toBe(
      'This agent is not licensed, so it does not answer messages. The message was recorded but got no reply.',
    );
  });

  it('words transport failures', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Cannot reach the server. Check your connection and try again.');
    const response = new Response('', { status: 502 });
    expect(errorMessage(new ServerError('bad gateway', { response, bodyText: '' }))).toBe(
      'The server is not available right now. Please try again in a moment.',
    );
    expect(errorMessage(new Error('boom at line 3'))).toBe('Something went wrong. Please try again.');
    expect(errorMessage('weird')).toBe('Something went wrong. Please try again.');
  });
});
