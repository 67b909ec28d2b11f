import { CombinedGraphQLErrors, CombinedProtocolErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { formatDateTime } from '../common/format.js';
import { t } from '../i18n/i18n.js';
import { type ApiErrorCode, apiErrorCode, apiErrorExtensions } from './api-error.js';

type Extensions = Readonly<Record<string, unknown>>;

/**
 * One sentence per documented code, in the active locale (SPEC 11: the API's `message` stays English for
 * integrators; the app words every `extensions.code` itself, with the details its extensions carry).
 */
const SENTENCES: Readonly<Record<ApiErrorCode, (extensions: Extensions) => string>> = {
  UNAUTHENTICATED: () => t('error.UNAUTHENTICATED'),
  FORBIDDEN: () => t('error.FORBIDDEN'),
  BAD_USER_INPUT: (ext) => fieldProblems(ext) ?? t('error.BAD_USER_INPUT'),
  RATE_LIMITED: (ext) => {
    const seconds = typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : null;
    if (seconds === null) return t('error.RATE_LIMITED');
    return t('error.RATE_LIMITED.minutes', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  },
  PLATFORM_LICENSE_INACTIVE: (ext) =>
    typeof ext.expiredAt === 'string'
      ? t('error.PLATFORM_LICENSE_INACTIVE.expired', { when: formatDateTime(ext.expiredAt) })
      : t('error.PLATFORM_LICENSE_INACTIVE.never'),
  AGENT_LICENSE_INACTIVE: () => t('error.AGENT_LICENSE_INACTIVE'),
  LICENSE_PACKAGE_INVALID: () => t('error.LICENSE_PACKAGE_INVALID'),
  LICENSE_NOT_FOUND: () => t('error.LICENSE_NOT_FOUND'),
  AGENT_NOT_FOUND: () => t('error.AGENT_NOT_FOUND'),
  LICENSE_NOT_BINDABLE: (ext) => (isBindRefusal(ext.reason) ? t(`error.LICENSE_NOT_BINDABLE.${ext.reason}`) : t('error.LICENSE_NOT_BINDABLE')),
  NOT_FOUND: () => t('error.NOT_FOUND'),
  INTERNAL_SERVER_ERROR: () => t('error.INTERNAL_SERVER_ERROR'),
};

/** SPEC 9's `extensions.reason` of LICENSE_NOT_BINDABLE. */
const BIND_REFUSALS = ['ALREADY_BOUND', 'NOT_AGENT_LICENSE', 'ACTIVATION_DEADLINE_PASSED', 'AGENT_DELETED'] as const;

function isBindRefusal(reason: unknown): reason is (typeof BIND_REFUSALS)[number] {
  return typeof reason === 'string' && (BIND_REFUSALS as readonly string[]).includes(reason);
}

/** "name: must be shorter than …; password: …" from BAD_USER_INPUT's `fields`, as a sentence. */
function fieldProblems(ext: Extensions): string | null {
  if (!Array.isArray(ext.fields) || ext.fields.length === 0) return null;
  const parts = ext.fields.flatMap((f: unknown) => {
    if (typeof f !== 'object' || f === null) return [];
    const { field, problems } = f as { field?: unknown; problems?: unknown };
    const list = Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
    return typeof field === 'string' && list.length > 0 ? [list.join(', ')] : [];
  });
  return parts.length > 0 ? t('error.BAD_USER_INPUT.fields', { fields: parts.join('; ') }) : null;
}

/**
 * Turns any error Apollo or the network gives into one sentence for a person: never a code, a stack
 * trace or a status number. The one place where errors become words (components call nothing else).
 */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const code = apiErrorCode(error);
    if (code !== null) return SENTENCES[code](apiErrorExtensions(error));
    // GRAPHQL_VALIDATION_FAILED and friends: the page asked for something the server does not know.
    return t('error.badRequest');
  }
  if (CombinedProtocolErrors.is(error)) return t('error.liveUpdates');
  if (ServerError.is(error)) {
    if (error.statusCode === 413) return t('error.tooLarge');
    if (error.statusCode >= 500) return t('error.unavailable');
    return t('error.refused');
  }
  if (ServerParseError.is(error)) return t('error.unreadable');
  if (error instanceof TypeError || (error instanceof Error && /network|fetch/i.test(error.message))) {
    return t('error.network');
  }
  return t('error.unknown');
}
