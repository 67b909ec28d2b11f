import { CombinedGraphQLErrors, CombinedProtocolErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { formatDateTime } from '../common/format.js';
import { type ApiErrorCode, apiErrorCode, apiErrorExtensions, firstGraphQLError } from './api-error.js';

type Extensions = Readonly<Record<string, unknown>>;

/**
 * One sentence per documented code. `serverMessage` is the API's own message: the server writes its
 * domain errors as sentences for people, so most codes use it and only fall back to ours when it is
 * empty; codes whose message carries raw data (an ISO date) or internals are worded here instead.
 */
const SENTENCES: Readonly<Record<ApiErrorCode, (serverMessage: string | null, extensions: Extensions) => string>> = {
  UNAUTHENTICATED: (m) => m ?? 'Your session has ended. Please sign in again.',
  FORBIDDEN: () => 'Your role does not allow this action.',
  BAD_USER_INPUT: (m, ext) => fieldProblems(ext) ?? m ?? 'Some of what you entered is not valid. Please check it and try again.',
  RATE_LIMITED: (m, ext) => {
    const seconds = typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : null;
    if (seconds === null) return m ?? 'Too many attempts. Please wait a little and try again.';
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return `Too many failed attempts. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`;
  },
  PLATFORM_LICENSE_INACTIVE: (_m, ext) =>
    typeof ext.expiredAt === 'string'
      ? `The platform license expired on ${formatDateTime(ext.expiredAt)}. Upload a license package to renew it.`
      : 'The platform has never been licensed. Upload a license package to activate it.',
  AGENT_LICENSE_INACTIVE: () => 'This agent is not licensed, so it does not answer messages. The message was recorded but got no reply.',
  LICENSE_PACKAGE_INVALID: (m) => m ?? 'The license package was refused; nothing was imported.',
  LICENSE_NOT_FOUND: (m) => m ?? 'That license does not exist.',
  AGENT_NOT_FOUND: (m) => m ?? 'That agent does not exist or has been deleted.',
  LICENSE_NOT_BINDABLE: (m, ext) => BIND_REFUSALS[String(ext.reason)] ?? m ?? 'This license cannot be bound.',
  NOT_FOUND: (m) => m ?? 'That item does not exist.',
  INTERNAL_SERVER_ERROR: () => 'Something went wrong on the server. Please try again; if it keeps happening, contact your administrator.',
};

const BIND_REFUSALS: Readonly<Record<string, string>> = {
  ALREADY_BOUND: 'This license is already bound to an agent; a binding can never be changed.',
  NOT_AGENT_LICENSE: 'Only agent licenses can be bound to an agent; platform licenses apply to the platform when uploaded.',
  ACTIVATION_DEADLINE_PASSED: 'This license had to be bound before its activate-by date, which has passed.',
  AGENT_DELETED: 'This agent has been deleted; licenses cannot be bound to it.',
};

/** "name: must be shorter than …; password: …" from BAD_USER_INPUT's `fields`, as a sentence. */
function fieldProblems(ext: Extensions): string | null {
  if (!Array.isArray(ext.fields) || ext.fields.length === 0) return null;
  const parts = ext.fields.flatMap((f: unknown) => {
    if (typeof f !== 'object' || f === null) return [];
    const { field, problems } = f as { field?: unknown; problems?: unknown };
    const list = Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
    return typeof field === 'string' && list.length > 0 ? [list.join(', ')] : [];
  });
  return parts.length > 0 ? `Please check what you entered: ${parts.join('; ')}.` : null;
}

/**
 * Turns any error Apollo or the network gives into one sentence for a person: never a code, a stack
 * trace or a status number. The one place where errors become words (components call nothing else).
 */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const code = apiErrorCode(error);
    const raw = firstGraphQLError(error)?.message?.trim();
    const serverMessage = raw ? raw : null;
    if (code !== null) return SENTENCES[code](serverMessage, apiErrorExtensions(error));
    // GRAPHQL_VALIDATION_FAILED and friends: the page asked for something the server does not know.
    return 'The server did not understand this request. Reload the page: the app may have been updated.';
  }
  if (CombinedProtocolErrors.is(error)) return 'Live updates were interrupted. Reload the page to get them back.';
  if (ServerError.is(error)) {
    if (error.statusCode === 413) return 'The file is too large for the server.';
    if (error.statusCode >= 500) return 'The server is not available right now. Please try again in a moment.';
    return 'The server refused the request. Please reload the page and try again.';
  }
  if (ServerParseError.is(error)) return 'The server sent an answer the app could not read. Please try again.';
  if (error instanceof TypeError || (error instanceof Error && /network|fetch/i.test(error.message))) {
    return 'Cannot reach the server. Check your connection and try again.';
  }
  return 'Something went wrong. Please try again.';
}
